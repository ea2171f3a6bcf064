using LegacyPress.Core.Diagnostics;
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

    /// <summary>
    /// The location of every value in the section by dotted key path (list items by index: <c>a.b.0</c>), and of
    /// every key's name by the same path.
    /// </summary>
    public static (Dictionary<string, SourceLocation> Values, Dictionary<string, SourceLocation> Keys) Marks(YamlMappingNode map, Func<YamlNode, SourceLocation> at)
    {
        var marks = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var keys = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        Collect(map, "", marks, keys, at);
        return (marks, keys);
    }

    private static void Collect(YamlNode node, string path, Dictionary<string, SourceLocation> marks, Dictionary<string, SourceLocation> keys, Func<YamlNode, SourceLocation> at)
    {
        if (path.Length > 0)
        {
            marks[path] = at(node);
        }
        var prefix = path.Length > 0 ? path + "." : "";
        switch (node)
        {
            case YamlMappingNode m:
                foreach (var (key, value) in m.Children)
                {
                    if (key is YamlScalarNode { Value: { } name })
                    {
                        keys[prefix + name] = at(key);
                        Collect(value, prefix + name, marks, keys, at);
                    }
                }
                break;
            case YamlSequenceNode s:
                for (var i = 0; i < s.Children.Count; i++)
                {
                    Collect(s.Children[i], prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture), marks, keys, at);
                }
                break;
        }
    }
}
