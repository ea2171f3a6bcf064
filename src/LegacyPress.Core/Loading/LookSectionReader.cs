using LegacyPress.Core.Looks;
using LegacyPress.Core.Model;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>Reads the <c>look</c> section: the grade (LUT, grain, vignette, letterbox) and colour matching (match, warn_delta_e, groups).</summary>
internal static class LookSectionReader
{
    public const double MaxWarnDeltaE = 100;

    public static Look Read(MappingReader? map, ProjectFiles files)
    {
        if (map is null)
        {
            return new Look(null, FilmDefaults.LutStrength, FilmDefaults.Grain, FilmDefaults.Vignette, false, FilmDefaults.GrainSeed);
        }
        string? lut = null;
        if (map.Text("lut") is { } lutPath)
        {
            lut = files.Lut(map, "lut", lutPath);
        }
        var look = new Look(
            lut,
            map.NumberInRange("lut_strength", 0, 1) ?? FilmDefaults.LutStrength,
            map.NumberInRange("grain", 0, 1) ?? FilmDefaults.Grain,
            map.NumberInRange("vignette", 0, 1) ?? FilmDefaults.Vignette,
            map.Bool("letterbox") ?? false,
            map.Integer("grain_seed") ?? FilmDefaults.GrainSeed)
        {
            // At the film level `false` is the default: matching stays off unless a group, act or shot turns it on.
            Match = LookMatchPrecedence.Resolve(null, [LookMatchReader.Read(map, "look.match", referenceAllowed: true)]),
            WarnDeltaE = ReadWarnDeltaE(map) ?? Look.DefaultWarnDeltaE,
        };
        // Left at the model's shared empty table when none are written, so equal looks stay equal records.
        if (ReadGroups(map) is { Count: > 0 } groups)
        {
            look = look with { Groups = groups };
        }
        map.Finish();
        return look;
    }

    private static double? ReadWarnDeltaE(MappingReader map)
    {
        const string key = "warn_delta_e";
        var n = map.Number(key);
        if (n is { } v && (v <= 0 || v > MaxWarnDeltaE))
        {
            map.Error(key, $"'{key}' must be greater than 0 and at most {MappingReader.Format(MaxWarnDeltaE)} (a CIEDE2000 colour difference), got {MappingReader.Format(v)}");
            return null;
        }
        return n;
    }

    private static Dictionary<string, LookGroupSettings> ReadGroups(MappingReader look)
    {
        var groups = new Dictionary<string, LookGroupSettings>(StringComparer.Ordinal);
        var map = look.Mapping("groups", "look.groups");
        if (map is null)
        {
            return groups;
        }
        foreach (var (key, _) in map.Node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                continue;
            }
            var at = map.Context.At(key);
            var settings = map.Mapping(name, $"look.groups.{name}");
            if (!LookGroupNames.IsValid(name))
            {
                map.Context.Diagnostics.Add(at, $"look.groups: {LookGroupNames.Problem(name)}");
                continue;
            }
            if (settings is null)
            {
                continue;
            }
            var match = LookMatchReader.Read(settings, $"look.groups.{name}.match", referenceAllowed: true);
            settings.Finish();
            groups[name] = new LookGroupSettings(name, match, at);
        }
        map.Finish();
        return groups;
    }
}
