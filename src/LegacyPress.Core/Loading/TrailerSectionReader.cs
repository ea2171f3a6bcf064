using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Trailer;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>
/// Reads the <c>trailer</c> section: length, pinned shots, pinned narration sentences, music, closing card
/// and sting. Shot ids and sentences are checked against the acts already read, so it runs after them.
/// </summary>
internal static class TrailerSectionReader
{
    public static TrailerSettings Read(MappingReader? map, IReadOnlyList<Act> acts, ProjectFiles files)
    {
        var d = TrailerSettings.Default;
        if (map is null)
        {
            return d;
        }
        var shots = acts.SelectMany(a => a.Shots).ToList();
        var settings = new TrailerSettings(
            map.NumberInRange("length", TrailerShape.MinLengthSeconds, TrailerShape.MaxLengthSeconds),
            ReadShots(map, shots),
            ReadLines(map, shots),
            ReadMusic(map, files),
            ReadClosing(map),
            ReadSting(map));
        map.Finish();
        return settings;
    }

    private static List<string> ReadShots(MappingReader map, List<Shot> shots)
    {
        var ids = shots.Select(s => s.Id).ToList();
        var pinned = new List<string>();
        foreach (var (id, node) in Items(map, "shots"))
        {
            if (!ids.Contains(id))
            {
                Error(map, node, $"'shots' names shot '{id}', which the film does not have{DidYouMean.Hint(id, ids)}");
            }
            else if (pinned.Contains(id))
            {
                Error(map, node, $"'shots' names shot '{id}' twice");
            }
            else
            {
                pinned.Add(id);
            }
        }
        return pinned;
    }

    private static List<TrailerLine>? ReadLines(MappingReader map, List<Shot> shots)
    {
        // `lines: false` silences the voice; no key lets the planner choose.
        if (map.Raw("lines") is YamlScalarNode { Value: "false" })
        {
            return [];
        }
        if (!map.Has("lines"))
        {
            return null;
        }
        var lines = new List<TrailerLine>();
        foreach (var (text, node) in Items(map, "lines"))
        {
            var wanted = Sentences.Normalize(text);
            var shot = shots.FirstOrDefault(s => Sentences.Split(s.Narration?.Text).Contains(wanted, StringComparer.Ordinal));
            if (shot is null)
            {
                Error(map, node, $"line '{wanted}' is not a whole sentence of any shot's narration (the trailer speaks whole sentences only, so no word is cut)");
                continue;
            }
            if (shot.Narration!.AudioPath is not null)
            {
                Error(map, node, $"line '{wanted}' comes from shot '{shot.Id}', whose narration is a recorded file that cannot be cut into sentences");
                continue;
            }
            lines.Add(new TrailerLine(shot.Id, wanted));
        }
        return lines;
    }

    /// <summary>The text items of a list (or a single text) with their nodes, so problems point at the item's own line.</summary>
    private static IEnumerable<(string Text, YamlNode Node)> Items(MappingReader map, string key)
    {
        switch (map.Raw(key))
        {
            case YamlScalarNode { Value: { } one } scalar:
                yield return (one, scalar);
                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    if (item is YamlScalarNode { Value: { } text })
                    {
                        yield return (text, item);
                    }
                    else
                    {
                        Error(map, item, $"items of '{key}' must be text, got {MappingReader.Describe(item)}");
                    }
                }
                break;
            case { } other:
                map.Error(key, $"'{key}' must be a list of text, got {MappingReader.Describe(other)}");
                break;
        }
    }

    private static void Error(MappingReader map, YamlNode node, string message) => map.Context.Error(node, $"{map.Subject}: {message}");

    private static TrailerMusic? ReadMusic(MappingReader map, ProjectFiles files)
    {
        var music = map.Mapping("music", "trailer music");
        if (music is null)
        {
            return null;
        }
        var path = music.RequiredText("file");
        double? length = null;
        if (path.Length > 0 && files.Existing(music, "file", path, FilmDefaults.AudioExtensions, "audio") is { } full)
        {
            length = files.AudioLength(music, "file", path, full);
        }
        var offset = music.NonNegativeNumber("offset") ?? 0;
        AudioFileSpans.Offset(music, path, offset, length);
        var result = new TrailerMusic(path, offset, music.NumberInRange("gain_db", -60, 12) ?? FilmDefaults.MusicGainDb, length);
        music.Finish();
        return result;
    }

    private static ClosingCardText ReadClosing(MappingReader map)
    {
        var closing = map.Mapping("closing", "trailer closing card");
        if (closing is null)
        {
            return ClosingCardText.Default;
        }
        var text = closing.Text("text") ?? ClosingCardText.DefaultText;
        var link = closing.Text("link");
        if (link is not null && (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http")))
        {
            closing.Error("link", $"'link' must be an http(s) URL, got '{link}'");
        }
        closing.Finish();
        return new ClosingCardText(text, link);
    }

    private static string? ReadSting(MappingReader map)
    {
        if (map.Raw("sting") is YamlScalarNode { Value: "false" })
        {
            return null;
        }
        var sting = map.Text("sting");
        if (sting is null)
        {
            return TrailerSettings.DefaultSting;
        }
        if (!SoundEffectNames.Known.Contains(sting))
        {
            map.Error("sting", $"unknown sound effect '{sting}'{DidYouMean.Hint(sting, SoundEffectNames.Known)} (known: {string.Join(", ", SoundEffectNames.Known)})");
            return TrailerSettings.DefaultSting;
        }
        return sting;
    }
}
