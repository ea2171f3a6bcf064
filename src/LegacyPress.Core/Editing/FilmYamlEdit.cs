using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Editing;

/// <summary>
/// Pure: changes one value of film.yaml as text (a shot's image, a generated effect's take), so everything else —
/// comments, blank lines, key order, quoting, flow or block style — stays as the user wrote it. YamlDotNet finds where the value is (its node's start and end
/// marks); nothing is re-serialised. Writing YAML back through a serialiser would drop every comment, which is why no
/// library call does this.
/// </summary>
public static partial class FilmYamlEdit
{
    /// <summary>
    /// <paramref name="text"/> with shot <paramref name="shotId"/>'s <c>image:</c> set to <paramref name="imagePath"/>:
    /// the value replaced where it is written, or, when the shot has none, a line <c>image: …</c> added under its
    /// <c>id:</c> at the same indentation (in a flow mapping, <c>, image: …</c> after the id).
    /// </summary>
    /// <exception cref="FilmEditException">The text is not YAML, or has no shot with that id (a film that loads has one).</exception>
    public static string SetShotImage(string text, string shotId, string imagePath)
    {
        var shot = FindShot(Parse(text), shotId) ?? throw new FilmEditException($"film.yaml has no shot '{shotId}'");
        return Set(text, shot, "image", Scalar(imagePath), after: "id");
    }

    /// <summary>
    /// <paramref name="text"/> with the generated effect of shot <paramref name="shotId"/>'s sfx number
    /// <paramref name="sfxNumber"/> (1-based, in the order written) set to play take <paramref name="take"/>: its
    /// <c>take:</c> replaced where it is written, or added after its <c>generate:</c> (<c>, take: 2</c> in a flow
    /// mapping such as <c>{ generate: "...", duration: 3 }</c>, a line at the same indentation in a block one).
    /// </summary>
    /// <exception cref="FilmEditException">The text is not YAML, or has no such shot, sfx, or generated effect there.</exception>
    public static string SetSoundTake(string text, string shotId, int sfxNumber, int take)
    {
        var shot = FindShot(Parse(text), shotId) ?? throw new FilmEditException($"film.yaml has no shot '{shotId}'");
        var cues = (Child(shot, "sfx") as YamlSequenceNode)?.Children ?? [];
        if (sfxNumber < 1 || sfxNumber > cues.Count)
        {
            throw new FilmEditException($"shot '{shotId}' has {cues.Count} sfx, so no sfx {sfxNumber}");
        }
        if (cues[sfxNumber - 1] is not YamlMappingNode cue || Child(cue, "effect") is not YamlMappingNode effect || Child(effect, "generate") is null)
        {
            throw new FilmEditException($"shot '{shotId}' sfx {sfxNumber} is not a generated effect (effect: {{ generate: ... }})");
        }
        return Set(text, effect, "take", take.ToString(System.Globalization.CultureInfo.InvariantCulture), after: "generate");
    }

    /// <summary>
    /// <paramref name="map"/>'s <paramref name="key"/> set to the YAML <paramref name="value"/>: replaced where it is
    /// written, or added right after the entry <paramref name="after"/> (which the mapping must have), in the mapping's
    /// own style.
    /// </summary>
    private static string Set(string text, YamlMappingNode map, string key, string value, string after)
    {
        if (Child(map, key) is { } existing)
        {
            return Replace(text, existing, value);
        }
        var anchor = map.Children.First(c => c.Key is YamlScalarNode { Value: var k } && k == after);
        if (map.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
        {
            var end = (int)anchor.Value.End.Index;
            return text[..end] + $", {key}: {value}" + text[end..];
        }
        // Block style: a new line after the anchor's value, at the column its key starts (after "- " on a list item's line).
        // A block scalar (|, >) ends at the start of the next line already.
        var valueEnd = (int)anchor.Value.End.Index;
        var lineEnd = valueEnd > 0 && text[valueEnd - 1] == '\n' ? valueEnd - 1 : text.IndexOf('\n', valueEnd);
        var newline = lineEnd > 0 && text[lineEnd - 1] == '\r' ? "\r\n" : "\n";
        var line = new string(' ', (int)anchor.Key.Start.Column - 1) + $"{key}: {value}";
        return lineEnd < 0 ? text + newline + line + newline : text[..(lineEnd + 1)] + line + newline + text[(lineEnd + 1)..];
    }

    private static YamlMappingNode Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new FilmEditException($"film.yaml is not valid YAML ({e.Start.Line}:{e.Start.Column}); fix it before picking");
        }
        return stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode ?? throw new FilmEditException("film.yaml is not a mapping");
    }

    private static YamlMappingNode? FindShot(YamlMappingNode root, string shotId) =>
        (Child(root, "acts") as YamlSequenceNode)?.Children
            .OfType<YamlMappingNode>()
            .SelectMany(act => (Child(act, "shots") as YamlSequenceNode)?.Children.OfType<YamlMappingNode>() ?? [])
            .FirstOrDefault(shot => Child(shot, "id") is YamlScalarNode { Value: var id } && id == shotId);

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == key).Value;

    private static string Replace(string text, YamlNode node, string value)
    {
        var (start, end) = ((int)node.Start.Index, (int)node.End.Index);
        return text[..start] + value + text[end..];
    }

    /// <summary>A plain scalar when the path needs no quoting, else a double-quoted one.</summary>
    private static string Scalar(string value) =>
        PlainPath().IsMatch(value) ? value : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_./-]*$")]
    private static partial Regex PlainPath();
}

/// <summary>film.yaml could not be edited; the message says why, for the user.</summary>
public sealed class FilmEditException(string message) : Exception(message);
