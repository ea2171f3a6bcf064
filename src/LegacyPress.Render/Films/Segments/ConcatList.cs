using System.Globalization;
using LegacyPress.Core.Model;
using LegacyPress.Render.Encoding;

namespace LegacyPress.Render.Films.Segments;

/// <summary>The list ffmpeg's concat demuxer joins a film's pieces from: each file, in order, with its exact length.</summary>
/// <remarks>
/// Without a <c>duration</c> the demuxer starts each file where the previous file's container says it ends, and MP4
/// rounds that up to the millisecond: a 15-frame piece at 29.97 (0.5005 s) would make every later frame 0.5 ms late,
/// and the error grows with each such join. Here each piece runs between its first and last frame boundaries, both
/// rounded to the microsecond (ffmpeg's resolution), so the rounding never adds up and every frame keeps its time.
/// </remarks>
internal static class ConcatList
{
    public static IEnumerable<string> Lines(IReadOnlyList<FilmPiece> pieces, FrameRate rate)
    {
        foreach (var (_, range, _, path) in pieces)
        {
            // The list quotes paths in single quotes; a quote inside is written '\''.
            yield return $"file '{Path.GetFullPath(path).Replace("'", "'\\''", StringComparison.Ordinal)}'";
            yield return $"duration {Format(Microseconds(range.EndFrame, rate) - Microseconds(range.StartFrame, rate))}";
        }
    }

    /// <summary>When frame <paramref name="frame"/> starts, in whole microseconds, rounded half up; exact integer arithmetic.</summary>
    private static Int128 Microseconds(int frame, FrameRate rate)
    {
        var scaled = (Int128)frame * rate.Denominator * 1_000_000;
        return (2 * scaled + rate.Numerator) / (2 * (Int128)rate.Numerator);
    }

    private static string Format(Int128 microseconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{microseconds / 1_000_000}.{(int)(microseconds % 1_000_000):D6}");
}
