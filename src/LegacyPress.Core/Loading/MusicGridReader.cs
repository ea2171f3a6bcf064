using System.Globalization;
using System.Text.RegularExpressions;
using LegacyPress.Core.Model;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>
/// Reads a music track's beat grid settings: <c>tempo</c> (beats per minute), <c>first_beat</c> (seconds into the
/// file of bar 1, beat 1), <c>meter</c> (<c>3/4</c>) and <c>markers</c> (<c>[{ at: 42.0, name: climax }]</c>, seconds
/// into the file), each checked against the file's length when it is known.
/// </summary>
internal static partial class MusicGridReader
{
    public const double MaxTempoBpm = 300;
    public const int MaxBeatsPerBar = 16;

    /// <summary>Enough for any score (a marker every second of a 16-minute track); more is a generated mistake.</summary>
    public const int MaxMarkers = 1000;

    private static readonly int[] BeatUnits = [1, 2, 4, 8, 16];

    public static MusicGridSettings Read(MappingReader map, string path, double? fileSeconds)
    {
        var tempo = map.Number("tempo");
        if (tempo is { } bpm && (bpm <= 0 || bpm > MaxTempoBpm))
        {
            map.Error("tempo", $"tempo {FilmLoader.Format(bpm)} is not a tempo; give beats per minute above 0 and at most {FilmLoader.Format(MaxTempoBpm)}");
            tempo = null;
        }
        var firstBeat = map.NonNegativeNumber("first_beat");
        if (firstBeat is { } first && fileSeconds is { } length && first >= length)
        {
            map.Error("first_beat", $"'first_beat' ({FilmLoader.Format(first)} s) is past the end of '{path}' ({FilmLoader.Format(length)} s)");
            firstBeat = null;
        }
        return new MusicGridSettings(tempo, firstBeat, ReadMeter(map), ReadMarkers(map, path, fileSeconds))
        {
            TempoLocation = map.Has("tempo") ? map.At("tempo") : null,
            FirstBeatLocation = map.Has("first_beat") ? map.At("first_beat") : null,
        };
    }

    private static Meter ReadMeter(MappingReader map)
    {
        if (map.Raw("meter") is not { } node)
        {
            return Meter.Common;
        }
        var text = node is YamlScalarNode s ? s.Value ?? "" : "";
        var match = MeterPattern().Match(text);
        if (match.Success
            && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var beats)
            && int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var unit)
            && beats is >= 1 and <= MaxBeatsPerBar && BeatUnits.Contains(unit))
        {
            return new Meter(beats, unit);
        }
        map.Error("meter", $"'meter' must be beats per bar over the beat's note, such as 4/4, 3/4 or 6/8 (1 to {MaxBeatsPerBar} beats; a note of 1, 2, 4, 8 or 16), got {MappingReader.Describe(node)}");
        return Meter.Common;
    }

    private static List<MusicMarker> ReadMarkers(MappingReader map, string path, double? fileSeconds)
    {
        var markers = new List<MusicMarker>();
        if (map.Sequence("markers") is not { } list)
        {
            return markers;
        }
        if (list.Children.Count > MaxMarkers)
        {
            map.Error("markers", $"'markers' lists {list.Children.Count} markers; a track may have at most {MaxMarkers}");
            return markers;
        }
        foreach (var item in list.Children)
        {
            if (MappingReader.For(map.Context, item, $"{map.Subject} marker") is not { } m)
            {
                continue;
            }
            var name = m.RequiredText("name");
            var at = m.NonNegativeNumber("at");
            if (!m.Has("at"))
            {
                m.ErrorHere("missing required field 'at' (seconds into the music file)");
            }
            if (name.Length > 0 && !NamePattern().IsMatch(name))
            {
                m.Error("name", $"marker name '{name}' must be letters, digits, '-' and '_'");
            }
            else if (at is { } seconds && fileSeconds is { } length && seconds > length)
            {
                m.Error("at", $"marker '{name}' at {FilmLoader.Format(seconds)} s is past the end of '{path}' ({FilmLoader.Format(length)} s)");
            }
            else if (at is { } placed && name.Length > 0)
            {
                markers.Add(new MusicMarker(name, placed, m.Location));
            }
            m.Finish();
        }
        return markers;
    }

    [GeneratedRegex(@"^\s*(\d{1,2})\s*/\s*(\d{1,2})\s*$")]
    private static partial Regex MeterPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex NamePattern();
}
