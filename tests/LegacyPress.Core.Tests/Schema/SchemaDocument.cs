using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Tests.Schema;

/// <summary>
/// docs/film.schema.json read with System.Text.Json, and a small walker that checks a YAML document's
/// keys against it (we have no JSON Schema validator package). Schema places are named by JSON pointers
/// built the same way everywhere: <c>#/properties/output</c>, <c>#/$defs/motion/oneOf/1</c>.
/// </summary>
public sealed class SchemaDocument
{
    private readonly JsonElement root;

    public SchemaDocument(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        root = document.RootElement.Clone();
    }

    public JsonElement At(string pointer)
    {
        var node = root;
        foreach (var part in pointer.Split('/').Skip(1))
        {
            node = node.ValueKind == JsonValueKind.Array ? node[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : node.GetProperty(part);
        }
        return node;
    }

    public IReadOnlyList<string> Enum(string pointer) => At(pointer).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>Every place in the schema that declares object properties, with their names.</summary>
    public Dictionary<string, IReadOnlyList<string>> Objects()
    {
        var found = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        Collect(root, "#", found);
        return found;
    }

    private static void Collect(JsonElement node, string pointer, Dictionary<string, IReadOnlyList<string>> found)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in node.EnumerateObject())
            {
                if (p.Name == "properties")
                {
                    found[pointer] = p.Value.EnumerateObject().Select(x => x.Name).ToList();
                }
                if (p.Name is "enum" or "const" or "required")
                {
                    continue;
                }
                Collect(p.Value, $"{pointer}/{p.Name}", found);
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
            {
                Collect(item, $"{pointer}/{i++}", found);
            }
        }
    }

    /// <summary>
    /// Checks every key of <paramref name="yaml"/> is allowed where it stands; returns the problems and
    /// records, per schema object, which of its properties the document used.
    /// </summary>
    public List<string> CheckKeys(YamlNode yaml, Dictionary<string, HashSet<string>> used)
    {
        var problems = new List<string>();
        Walk(yaml, [(root, "#")], "", problems, used);
        return problems;
    }

    private void Walk(YamlNode yaml, IReadOnlyList<(JsonElement Node, string Pointer)> schemas, string path, List<string> problems, Dictionary<string, HashSet<string>> used)
    {
        var alternatives = schemas.SelectMany(s => Expand(s.Node, s.Pointer)).ToList();
        switch (yaml)
        {
            case YamlMappingNode map:
                var objects = alternatives.Where(a => IsObject(a.Node)).ToList();
                if (objects.Count == 0)
                {
                    problems.Add($"{path}: a mapping is not allowed here");
                    return;
                }
                foreach (var (key, value) in map.Children)
                {
                    var name = ((YamlScalarNode)key).Value!;
                    var children = new List<(JsonElement, string)>();
                    var free = false;
                    foreach (var (node, pointer) in objects)
                    {
                        if (node.TryGetProperty("properties", out var props) && props.TryGetProperty(name, out var child))
                        {
                            children.Add((child, $"{pointer}/properties/{name}"));
                            if (!used.TryGetValue(pointer, out var set))
                            {
                                used[pointer] = set = new HashSet<string>(StringComparer.Ordinal);
                            }
                            set.Add(name);
                        }
                        else if (node.TryGetProperty("additionalProperties", out var extra))
                        {
                            if (extra.ValueKind == JsonValueKind.Object)
                            {
                                children.Add((extra, $"{pointer}/additionalProperties"));
                            }
                        }
                        else if (!node.TryGetProperty("properties", out _))
                        {
                            free = true;
                        }
                    }
                    if (children.Count > 0)
                    {
                        Walk(value, children, $"{path}/{name}", problems, used);
                    }
                    else if (!free)
                    {
                        problems.Add($"{path}: key '{name}' is not in the schema");
                    }
                }
                break;
            case YamlSequenceNode list:
                var items = alternatives.Where(a => a.Node.TryGetProperty("items", out _)).Select(a => (a.Node.GetProperty("items"), $"{a.Pointer}/items")).ToList();
                if (items.Count == 0)
                {
                    problems.Add($"{path}: a list is not allowed here");
                    return;
                }
                var index = 0;
                foreach (var item in list.Children)
                {
                    Walk(item, items, $"{path}/{index++}", problems, used);
                }
                break;
        }
    }

    private static bool IsObject(JsonElement node) =>
        node.TryGetProperty("properties", out _) ||
        node.TryGetProperty("additionalProperties", out _) ||
        (node.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "object");

    private IEnumerable<(JsonElement Node, string Pointer)> Expand(JsonElement node, string pointer)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }
        if (node.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!;
            foreach (var x in Expand(At(target), target))
            {
                yield return x;
            }
        }
        yield return (node, pointer);
        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (node.TryGetProperty(keyword, out var options))
            {
                var i = 0;
                foreach (var option in options.EnumerateArray())
                {
                    foreach (var x in Expand(option, $"{pointer}/{keyword}/{i++}"))
                    {
                        yield return x;
                    }
                }
            }
        }
    }
}
