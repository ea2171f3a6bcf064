using System.Text.Json;
using LegacyPress.Core.Files;
using LegacyPress.Core.Model;

namespace LegacyPress.Render.Look.Matching;

/// <summary>
/// Baked colour matches on disk, under the project's cache: one <c>.cube</c> per match, named by its key, so a LUT is
/// baked once and every render, preview and promo frame reads the same file; and the last resolution of each film
/// (which shot uses which LUT), named by everything it was worked out from, so an unchanged film measures nothing.
/// Files are written through <see cref="OutputFile"/>: a killed run leaves no half-written LUT.
/// </summary>
public sealed class MatchCache(string cacheDirectory)
{
    private readonly string folder = Path.Combine(cacheDirectory, "look");

    public string CubePath(string key) => Path.Combine(folder, key + ".cube");

    /// <summary>Writes each match's LUT unless it is there already, and returns the matches as the film records them.</summary>
    public IReadOnlyDictionary<string, ColourMatch> Save(FilmLook look)
    {
        var matches = new Dictionary<string, ColourMatch>(StringComparer.Ordinal);
        foreach (var (shot, match) in look.Matches)
        {
            var path = CubePath(match.Key);
            if (!File.Exists(path))
            {
                OutputFile.WriteAllText(path, match.Cube.ToCubeText([$"LegacyPress colour match, key {match.Key}"]));
            }
            matches[shot] = new ColourMatch(match.Key, path);
        }
        return matches;
    }

    /// <summary>The matches recorded under <paramref name="planKey"/>, if every LUT they name is still there.</summary>
    public IReadOnlyDictionary<string, ColourMatch>? TryLoadPlan(string planKey)
    {
        var path = PlanPath(planKey);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var keys = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path));
            if (keys is null || keys.Values.Any(k => !File.Exists(CubePath(k))))
            {
                return null;
            }
            return keys.ToDictionary(k => k.Key, k => new ColourMatch(k.Value, CubePath(k.Value)), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            // A damaged record is only a cache miss: the film is measured again.
            return null;
        }
    }

    public void SavePlan(string planKey, IReadOnlyDictionary<string, ColourMatch> matches) =>
        OutputFile.WriteAllText(PlanPath(planKey), JsonSerializer.Serialize(matches.ToDictionary(m => m.Key, m => m.Value.Key)));

    private string PlanPath(string planKey) => Path.Combine(folder, "film-" + planKey + ".json");
}
