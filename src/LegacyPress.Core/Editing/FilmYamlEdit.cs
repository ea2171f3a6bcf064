using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Editing;

/// <summary>
/// Pure: changes one value of film.yaml as text, so everything else — comments, blank lines, key order, quoting,
/// flow or block style — stays as the user wrote it. YamlDotNet finds where the value is (its node's start and end
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
        var value = Scalar(imagePath);
        if (Child(shot, "image") is { } image)
        {
            return Replace(text, image, value);
        }
        var id = shot.Children.First(c => c.Key is YamlScalarNode { Value: "id" });
        if (shot.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
        {
            var after = (int)id.Value.End.Index;
            return text[..after] + ", image: " + value + text[after..];
        }
        // Block style: a new line under the id, at the column the id key starts (after "- " on a list item's line).
        var lineEnd = text.IndexOf('\n', (int)id.Value.End.Index);
        var newline = lineEnd > 0 && text[lineEnd - 1] == '\r' ? "\r\n" : "\n";
        var indent = new string(' ', (int)id.Key.Start.Column - 1);
        var line = indent + "image: " + value;
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
