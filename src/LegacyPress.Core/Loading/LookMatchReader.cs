using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>Reads a <c>match</c> value on any level (look, look group, act, shot): absent, <c>false</c>, <c>true</c> or a mapping.</summary>
internal static class LookMatchReader
{
    public const string Key = "match";

    /// <summary>The method names film.yaml accepts, in the order docs and messages list them.</summary>
    public static IReadOnlyDictionary<string, LookMatchMethod> Methods { get; } = new Dictionary<string, LookMatchMethod>(StringComparer.Ordinal)
    {
        ["reinhard"] = LookMatchMethod.Reinhard,
        ["mkl"] = LookMatchMethod.Mkl,
        ["histogram"] = LookMatchMethod.Histogram,
    };

    /// <summary>
    /// Reads <c>match</c> of <paramref name="owner"/>. A reference belongs to a look group, so only the film and group
    /// levels (<paramref name="referenceAllowed"/>) may name one; elsewhere it is reported at the value.
    /// </summary>
    public static LookMatchOverride Read(MappingReader owner, string subject, bool referenceAllowed)
    {
        var node = owner.Raw(Key);
        switch (node)
        {
            case null:
                return new LookMatchOverride.Inherit();
            case YamlScalarNode { Value: "false" }:
                return new LookMatchOverride.Off(owner.At(Key));
            case YamlScalarNode { Value: "true" }:
                return new LookMatchOverride.Fields(null, null, null, owner.At(Key));
            case YamlMappingNode mapping:
                return ReadFields(new MappingReader(owner.Context, mapping, subject), referenceAllowed);
            default:
                owner.Error(Key, $"'{Key}' must be true, false or a mapping of method, strength{(referenceAllowed ? " and reference" : "")}, got {MappingReader.Describe(node)}");
                return new LookMatchOverride.Inherit();
        }
    }

    private static LookMatchOverride.Fields ReadFields(MappingReader map, bool referenceAllowed)
    {
        var method = map.Choice("method", Methods, "match method");
        var strength = map.NumberInRange("strength", 0, 1);
        string? reference = null;
        SourceLocation? referenceAt = null;
        if (referenceAllowed)
        {
            reference = map.Text("reference");
            referenceAt = reference is null ? null : map.At("reference");
        }
        else if (map.Has("reference"))
        {
            map.Error("reference", "'reference' is the reference of a whole look group, so it is set under look.match or look.groups.<group>.match, not on an act or a shot");
        }
        map.Finish();
        return new LookMatchOverride.Fields(method, strength, reference, map.Location) { ReferenceLocation = referenceAt };
    }
}
