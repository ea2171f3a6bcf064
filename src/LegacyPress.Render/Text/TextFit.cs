using System.Globalization;

namespace LegacyPress.Render.Text;

/// <summary>What <see cref="TextFit"/> chose: the size, the wrapped lines, and whether text had to be cut with an ellipsis.</summary>
public sealed record FittedText(double Size, IReadOnlyList<string> Lines, bool Truncated);

/// <summary>
/// Fits text into a box: the largest size between a minimum and a maximum at which the wrapped text has at most
/// <c>maxLines</c> lines and its lines (size × line height each) fit the box's height. When even the minimum size
/// does not fit, the text is set at the minimum and cut after the last line that fits, ending in an ellipsis.
/// Pure: widths come from <c>measure(text, size)</c>, in the same unit as the box.
/// </summary>
public static class TextFit
{
    public const string Ellipsis = "…";

    /// <summary>Sizes closer than this (as a fraction of the maximum) are not told apart by the search.</summary>
    private const double SizeResolution = 0.005;

    public static FittedText Fit(
        string text,
        double boxWidth,
        double boxHeight,
        int maxLines,
        double minSize,
        double maxSize,
        double lineHeight,
        Func<string, double, double> measure)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSize, minSize);

        var best = TryAt(maxSize);
        if (best is not null)
        {
            return best;
        }
        best = TryAt(minSize);
        if (best is null)
        {
            return Truncate(text, boxWidth, boxHeight, maxLines, minSize, lineHeight, measure);
        }
        // Fitting is monotonic in size for any sane measure, so bisect between a size that fits and one that does not.
        double low = minSize, high = maxSize;
        while (high - low > maxSize * SizeResolution)
        {
            var middle = (low + high) / 2;
            var attempt = TryAt(middle);
            if (attempt is null)
            {
                high = middle;
            }
            else
            {
                (low, best) = (middle, attempt);
            }
        }
        return best;

        FittedText? TryAt(double size)
        {
            var lines = LineBreaker.Wrap(text, boxWidth, s => measure(s, size));
            var fits = lines.Count <= MaxLinesAt(size, boxHeight, maxLines, lineHeight) && lines.All(l => measure(l, size) <= boxWidth);
            return fits ? new FittedText(size, lines, false) : null;
        }
    }

    private static int MaxLinesAt(double size, double boxHeight, int maxLines, double lineHeight) =>
        Math.Min(maxLines, (int)Math.Floor(boxHeight / (size * lineHeight) + 1e-9));

    private static FittedText Truncate(string text, double boxWidth, double boxHeight, int maxLines, double size, double lineHeight, Func<string, double, double> measure)
    {
        var lines = LineBreaker.Wrap(text, boxWidth, s => measure(s, size));
        var keep = Math.Max(1, MaxLinesAt(size, boxHeight, maxLines, lineHeight));
        var kept = lines.Take(keep).ToList();
        kept[^1] = WithEllipsis(kept[^1], boxWidth, s => measure(s, size));
        return new FittedText(size, kept, true);
    }

    /// <summary>The longest start of <paramref name="line"/> (whole graphemes, trailing spaces dropped) that fits with "…" after it.</summary>
    private static string WithEllipsis(string line, double maxWidth, Func<string, double> measure)
    {
        var graphemeStarts = StringInfo.ParseCombiningCharacters(line);
        for (var count = graphemeStarts.Length; count >= 0; count--)
        {
            var head = count == graphemeStarts.Length ? line : line[..graphemeStarts[count]];
            var candidate = head.TrimEnd() + Ellipsis;
            if (measure(candidate) <= maxWidth)
            {
                return candidate;
            }
        }
        return Ellipsis;
    }
}
