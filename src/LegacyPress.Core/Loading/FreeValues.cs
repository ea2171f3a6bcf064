using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>Turns a free-form YAML section into plain dictionaries, lists and strings.</summary>
internal static class FreeValues
{
    public static Dictionary<string, object?> ToDictionary(YamlMappingNode map) =>
        map.Children
           .Where(kv => kv.Key is YamlScalarNode { Value: not null })
           .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ToValue(kv.Value), StringComparer.Ordinal);

    private static object? ToValue(YamlNode node) => node switch
    {
        YamlMappingNode m => ToDictionary(m),
        YamlSequenceNode s => s.Children.Select(ToValue).ToList(),
        YamlScalarNode sc when MappingReader.IsNull(sc) => null,
        YamlScalarNode sc => sc.Value,
        _ => null,
    };
}
