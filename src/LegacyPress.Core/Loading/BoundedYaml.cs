using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>
/// Loads a YAML document only after walking its events once within limits: nesting depth (the representation model
/// builds nodes recursively, so 100,000 brackets would overflow the stack) and nodes counted with every alias
/// expanded (readers walk an alias as a copy, so a few hundred bytes of anchors could mean billions of values).
/// Limits are documented in docs/limits.md.
/// </summary>
public static class BoundedYaml
{
    /// <summary>Deepest nesting of mappings and lists; film.yaml needs about 8.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most values (scalars, mappings, lists) with aliases expanded; a long film has a few thousand.</summary>
    public const int MaxNodes = 200_000;

    /// <summary>Largest YAML file read; film.yaml is a few KB, its text lives in Markdown files.</summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    /// <summary>Loads the first document's root node (null when there is none), or throws <see cref="YamlException"/>.</summary>
    public static YamlNode? LoadRoot(string yaml)
    {
        Scan(yaml);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>Reads a YAML file within <see cref="MaxBytes"/>; a bigger one throws <see cref="YamlLimitException"/>.</summary>
    public static string ReadText(string path)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw new YamlLimitException(Mark.Empty, $"the file is {length / (1024 * 1024)} MiB; a YAML file may be at most {MaxBytes / (1024 * 1024)} MiB (see docs/limits.md)");
        }
        return File.ReadAllText(path);
    }

    private static void Scan(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Before)>();
        long nodes = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case Scalar scalar:
                    nodes++;
                    if (!scalar.Anchor.IsEmpty)
                    {
                        anchors[scalar.Anchor.Value] = 1;
                    }
                    break;
                case NodeEvent { } start and (MappingStart or SequenceStart):
                    nodes++;
                    open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, nodes));
                    if (open.Count > MaxDepth)
                    {
                        throw new YamlLimitException(start.Start, $"nested more than {MaxDepth} levels deep (see docs/limits.md)");
                    }
                    break;
                case MappingEnd or SequenceEnd:
                    var (anchor, before) = open.Pop();
                    if (anchor is not null)
                    {
                        anchors[anchor] = nodes - before + 1;
                    }
                    break;
                case AnchorAlias alias:
                    nodes += anchors.GetValueOrDefault(alias.Value.Value, 1);
                    break;
            }
            if (nodes > MaxNodes)
            {
                var at = parser.Current!.Start;
                throw new YamlLimitException(at, $"more than {MaxNodes.ToString("N0", CultureInfo.InvariantCulture)} values once its aliases (*name) are expanded; an alias repeats everything its anchor holds (see docs/limits.md)");
            }
        }
    }
}

/// <summary>A YAML file past one of <see cref="BoundedYaml"/>'s limits; the message is ready to show.</summary>
public sealed class YamlLimitException(Mark at, string message) : YamlException(at, at, message);
