using System.Globalization;
using System.Text.RegularExpressions;
using LegacyPress.Core.Model;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>
/// Reads <c>bible</c>: <c>style: { prompt, negative_prompt }</c> (or the prompt alone as text), and <c>characters</c>
/// and <c>places</c>, each a mapping of id to a description (text) or to <c>{ description, references, seed }</c>.
/// Reference stills are checked like every image the project names.
/// </summary>
internal static partial class BibleSectionReader
{
    public static PromptBible Read(MappingReader? map, ProjectFiles files)
    {
        if (map is null)
        {
            return PromptBible.Empty;
        }
        var bible = new PromptBible(ReadStyle(map), ReadEntries(map, "characters", "character", files), ReadEntries(map, "places", "place", files));
        map.Finish();
        return bible;
    }

    /// <summary>A seed (a whole number from 0 to <see cref="GenerationLimits.MaxSeed"/>) at <paramref name="key"/>, or null.</summary>
    public static long? ReadSeed(MappingReader map, string key)
    {
        var node = map.Raw(key);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s &&
            long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) && seed is >= 0 and <= GenerationLimits.MaxSeed)
        {
            return seed;
        }
        map.Error(key, $"'{key}' must be a whole number from 0 to {GenerationLimits.MaxSeed}, got {MappingReader.Describe(node)}");
        return null;
    }

    private static BibleStyle ReadStyle(MappingReader map)
    {
        switch (map.Raw("style"))
        {
            case null:
                return BibleStyle.None;
            case YamlScalarNode:
                return new BibleStyle(Trimmed(map.Text("style")), null);
        }
        var style = map.Mapping("style", "bible style");
        if (style is null)
        {
            return BibleStyle.None;
        }
        var result = new BibleStyle(Trimmed(style.Text("prompt")), Trimmed(style.Text("negative_prompt")));
        style.Finish();
        return result;
    }

    private static Dictionary<string, BibleEntry> ReadEntries(MappingReader bible, string key, string kind, ProjectFiles files)
    {
        var entries = new Dictionary<string, BibleEntry>(StringComparer.Ordinal);
        var section = bible.Mapping(key, $"bible {key}");
        if (section is null)
        {
            return entries;
        }
        var context = bible.Context;
        foreach (var (keyNode, valueNode) in section.Node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } id })
            {
                continue; // Finish reports a key that is not a plain name
            }
            section.Raw(id);
            if (entries.Count == GenerationLimits.MaxEntries)
            {
                context.Error(keyNode, $"bible {key}: more than {GenerationLimits.MaxEntries} {key} (see docs/limits.md)");
                break;
            }
            if (!IdPattern().IsMatch(id))
            {
                context.Error(keyNode, $"bible {key}: {kind} id '{id}' must be lowercase letters, digits and dashes (shots name it)");
            }
            var subject = $"{kind} '{id}'";
            var at = context.At(keyNode);
            if (valueNode is YamlScalarNode { Value: var text } && !MappingReader.IsNull(valueNode))
            {
                entries[id] = new BibleEntry(id, Described(context, valueNode, subject, text), [], null, at);
                continue;
            }
            if (MappingReader.IsNull(valueNode))
            {
                context.Error(keyNode, $"{subject}: needs a description");
                continue;
            }
            var entry = MappingReader.For(context, valueNode, subject);
            if (entry is null)
            {
                continue;
            }
            var description = Described(context, entry.Raw("description") ?? keyNode, subject, entry.Text("description"));
            var references = ReadReferences(entry, files);
            var seed = ReadSeed(entry, "seed");
            entry.Finish();
            entries[id] = new BibleEntry(id, description, references, seed, at);
        }
        section.Finish();
        return entries;
    }

    private static List<string> ReadReferences(MappingReader entry, ProjectFiles files)
    {
        var references = entry.TextList("references").Where(r => r.Length > 0).ToList();
        if (references.Count > GenerationLimits.MaxReferencesPerEntry)
        {
            entry.Error("references", $"{references.Count} reference stills; at most {GenerationLimits.MaxReferencesPerEntry} (see docs/limits.md)");
            references = references[..GenerationLimits.MaxReferencesPerEntry];
        }
        foreach (var reference in references.Distinct(StringComparer.Ordinal))
        {
            files.Image(entry, "references", reference);
        }
        return references;
    }

    private static string Described(YamlContext context, YamlNode at, string subject, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            context.Error(at, $"{subject}: needs a description (what every prompt that names it says)");
            return "";
        }
        return text.Trim();
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
