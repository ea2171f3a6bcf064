using System.Globalization;
using LegacyPress.Render.Tools;

namespace LegacyPress.Render.Pictures;

/// <summary>Short-term loudness (LUFS, 3 s window) over a mix, read from ffmpeg's ebur128 filter, one point every 0.1 s.</summary>
public static class LoudnessCurve
{
    public static async Task<IReadOnlyList<(double Seconds, double Lufs)>> MeasureAsync(string audioPath, CancellationToken cancellation)
    {
        var result = await ExternalTool.RunCheckedAsync("ffmpeg", ["-nostdin", "-hide_banner", "-i", audioPath, "-af", "ebur128", "-f", "null", "-"], "measuring loudness over time", cancellation);
        return Parse(result.StandardError);
    }

    /// <summary>Parses lines like <c>[Parsed_ebur128_0 @ 0x..] t: 1.2  TARGET:-23 LUFS  M: -20.1 S: -21.3 ...</c>.</summary>
    internal static List<(double, double)> Parse(string stderr)
    {
        var points = new List<(double, double)>();
        foreach (var line in stderr.Split('\n'))
        {
            var t = Field(line, " t:");
            var s = Field(line, " S:");
            if (t is { } time && s is { } lufs)
            {
                points.Add((time, lufs));
            }
        }
        return points;
    }

    private static double? Field(string line, string label)
    {
        var i = line.IndexOf(label, StringComparison.Ordinal);
        if (i < 0)
        {
            return null;
        }
        var token = line[(i + label.Length)..].TrimStart().Split(' ', 2)[0];
        return double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
