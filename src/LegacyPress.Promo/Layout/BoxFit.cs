using System.Globalization;

namespace LegacyPress.Promo.Layout;

/// <summary>
/// What <see cref="BoxFit"/> chose: the size, the lines, which candidate text they are (0: the text itself, 1: its
/// short form), and what it had to give up to stay in the box: a word broken inside, the text cut with an ellipsis,
/// a size below the style's minimum. Any of those is a problem worth telling the film-maker about.
/// </summary>
public sealed record FittedLines(double Size, IReadOnlyList<string> Lines, int Candidate, bool WordBroken = false, bool Truncated = false, bool BelowMinimum = false)
{
    public bool Compromised => WordBroken || Truncated || BelowMinimum;
}

/// <summary>
/// Fits type into a box by its ink: the largest size between the style's minimum and maximum at which the text wraps
/// into at most <c>MaxLines</c> lines that all lie inside the box. A text that does not fit even at the minimum
/// tries its short form (a film's <c>promo.short_title</c>); when nothing fits, the last candidate is set at the
/// minimum breaking inside words, and only if that still needs too many lines is it cut with an ellipsis. Whatever
/// comes out lies inside the box. Pure: <c>measure(line, size)</c> gives each line's ink, in the box's unit.
/// </summary>
public static class BoxFit
{
    public const string Ellipsis = "…";

    /// <summary>Sizes closer than this (as a fraction of the maximum) are not told apart by the search.</summary>
    private const double SizeResolution = 0.004;

    public static FittedLines Fit(IReadOnlyList<string> candidates, double boxWidth, double boxHeight, TextStyle style, Func<string, double, LineInk> measure)
    {
        ArgumentOutOfRangeException.ThrowIfZero(candidates.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(style.MaxLines, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(style.MinSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(style.MaxSize, style.MinSize);

        for (var i = 0; i < candidates.Count; i++)
        {
            if (Largest(candidates[i], breakInsideWords: false) is { } fitted)
            {
                return fitted with { Candidate = i };
            }
        }
        // Nothing fits whole words at the smallest size allowed: the last (shortest) candidate, at that size.
        var last = candidates.Count - 1;
        var text = candidates[last];
        if (Lines(text, style.MinSize, breakInsideWords: true) is { } broken)
        {
            return new FittedLines(style.MinSize, Balanced(text, broken, style.MinSize, true), last, WordBroken: true);
        }
        return Truncate(text, last);

        FittedLines? Largest(string text, bool breakInsideWords)
        {
            if (Lines(text, style.MaxSize, breakInsideWords) is { } atMax)
            {
                return new FittedLines(style.MaxSize, Balanced(text, atMax, style.MaxSize, breakInsideWords), 0);
            }
            if (Lines(text, style.MinSize, breakInsideWords) is not { } best)
            {
                return null;
            }
            // Fitting is monotonic in size (ink scales with it), so bisect between a size that fits and one that does not.
            double low = style.MinSize, high = style.MaxSize;
            while (high - low > style.MaxSize * SizeResolution)
            {
                var middle = (low + high) / 2;
                if (Lines(text, middle, breakInsideWords) is { } attempt)
                {
                    (low, best) = (middle, attempt);
                }
                else
                {
                    high = middle;
                }
            }
            return new FittedLines(low, Balanced(text, best, low, breakInsideWords), 0);
        }

        // The wrapped lines at a size when they fit the box, else null.
        IReadOnlyList<string>? Lines(string text, double size, bool breakInsideWords)
        {
            var lines = TitleLines.Wrap(text, boxWidth, s => measure(s, size).Width, breakInsideWords);
            return lines is not null && Fits(lines, size) ? lines : null;
        }

        bool Fits(IReadOnlyList<string> lines, double size) =>
            lines.Count <= style.MaxLines && InkHeight(lines, size) <= boxHeight && lines.All(l => measure(l, size).Width <= boxWidth);

        IReadOnlyList<string> Balanced(string text, IReadOnlyList<string> lines, double size, bool breakInsideWords)
        {
            var even = TitleLines.Balance(text, lines, boxWidth, s => measure(s, size).Width, breakInsideWords);
            // Evening lines can move a tall or deep glyph to the first or last line; keep them only if they still fit.
            return Fits(even, size) ? even : lines;
        }

        double InkHeight(IReadOnlyList<string> lines, double size) => BlockInk(lines, size, style.LineHeight, measure).Height;

        FittedLines Truncate(string text, int candidate)
        {
            var size = style.MinSize;
            var lines = TitleLines.Wrap(text, boxWidth, s => measure(s, size).Width, breakInsideWords: true)!;
            var keep = Math.Clamp(style.MaxLines, 1, lines.Count);
            while (keep > 1 && InkHeight(lines.Take(keep).ToList(), size) > boxHeight)
            {
                keep--;
            }
            var kept = lines.Take(keep).ToList();
            var cut = keep < lines.Count;
            if (cut)
            {
                kept[^1] = WithEllipsis(kept[^1], s => measure(s, size).Width, boxWidth);
            }
            // A box too small for even one line (or one grapheme) at the minimum: smaller still, rather than outside it.
            var block = BlockInk(kept, size, style.LineHeight, measure);
            var widest = kept.Max(l => measure(l, size).Width);
            var shrink = Math.Min(1, Math.Min(block.Height > 0 ? boxHeight / block.Height : 1, widest > 0 ? boxWidth / widest : 1));
            // Words were broken when some word alone is wider than the box at this size.
            var wordBroken = TitleLines.Wrap(text, boxWidth, s => measure(s, size).Width, breakInsideWords: false) is null;
            return new FittedLines(size * shrink, kept, candidate, wordBroken, cut, BelowMinimum: shrink < 1);
        }
    }

    /// <summary>
    /// The ink of lines set one pitch (size × line height) apart, relative to the first line's origin: from the
    /// highest ink top to the lowest ink bottom of any line (a line with nothing to draw adds nothing).
    /// </summary>
    public static LineInk BlockInk(IReadOnlyList<string> lines, double size, double lineHeight, Func<string, double, LineInk> measure)
    {
        double top = double.PositiveInfinity, bottom = double.NegativeInfinity, left = double.PositiveInfinity, right = double.NegativeInfinity;
        for (var i = 0; i < lines.Count; i++)
        {
            var ink = measure(lines[i], size);
            if (ink.IsEmpty)
            {
                continue;
            }
            var baseline = i * size * lineHeight;
            top = Math.Min(top, baseline + ink.Top);
            bottom = Math.Max(bottom, baseline + ink.Bottom);
            left = Math.Min(left, ink.Left);
            right = Math.Max(right, ink.Right);
        }
        return double.IsInfinity(top) ? default : new LineInk(0, left, top, right, bottom);
    }

    /// <summary>The longest start of <paramref name="line"/> (whole graphemes, trailing spaces dropped) that fits with "…" after it.</summary>
    private static string WithEllipsis(string line, Func<string, double> width, double maxWidth)
    {
        var graphemeStarts = StringInfo.ParseCombiningCharacters(line);
        for (var count = graphemeStarts.Length; count > 0; count--)
        {
            var head = count == graphemeStarts.Length ? line : line[..graphemeStarts[count]];
            var candidate = head.TrimEnd() + Ellipsis;
            if (width(candidate) <= maxWidth)
            {
                return candidate;
            }
        }
        return Ellipsis;
    }
}
