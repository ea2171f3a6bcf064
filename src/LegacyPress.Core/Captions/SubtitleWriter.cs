using System.Globalization;
using System.Text;

namespace LegacyPress.Core.Captions;

/// <summary>Writes caption cues as SubRip (.srt) and WebVTT (.vtt) text.</summary>
public static class SubtitleWriter
{
    public static string ToSrt(IEnumerable<CaptionCue> cues)
    {
        var sb = new StringBuilder();
        foreach (var cue in cues)
        {
            sb.Append(cue.Number.ToString(CultureInfo.InvariantCulture)).Append('\n');
            sb.Append(Time(cue.StartSeconds, ',')).Append(" --> ").Append(Time(cue.EndSeconds, ',')).Append('\n');
            foreach (var line in cue.Lines)
            {
                sb.Append(line).Append('\n');
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public static string ToVtt(IEnumerable<CaptionCue> cues)
    {
        var sb = new StringBuilder("WEBVTT\n\n");
        foreach (var cue in cues)
        {
            sb.Append(Time(cue.StartSeconds, '.')).Append(" --> ").Append(Time(cue.EndSeconds, '.')).Append('\n');
            foreach (var line in cue.Lines)
            {
                // "-->" would end the timing line early in a parser; an arrow in speech is written out.
                sb.Append(line.Replace("-->", "→", StringComparison.Ordinal)).Append('\n');
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>hh:mm:ss,mmm (SRT) or hh:mm:ss.mmm (VTT), rounded to the millisecond.</summary>
    internal static string Time(double seconds, char separator)
    {
        var ms = (long)Math.Round(Math.Max(0, seconds) * 1000, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{ms / 3_600_000:00}:{ms / 60_000 % 60:00}:{ms / 1000 % 60:00}{separator}{ms % 1000:000}");
    }
}
