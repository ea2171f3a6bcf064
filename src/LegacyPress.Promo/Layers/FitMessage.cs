using System.Globalization;
using LegacyPress.Promo.Layout;

namespace LegacyPress.Promo.Layers;

/// <summary>
/// The warning for type that could not fit its box as its template asks: what did not fit, what was drawn instead,
/// and what the film-maker can change. Sizes are given as the template writes them (fractions of the frame height).
/// </summary>
internal static class FitMessage
{
    public static string Describe(string text, string? shortText, TextBlock block, TextStyle style, double frameHeight, bool filmHasShortTitle)
    {
        var what = shortText is null ? Quote(text) : $"{Quote(text)} (and its short title {Quote(shortText)})";
        var lines = style.MaxLines == 1 ? "1 line" : $"{style.MaxLines} lines";
        var drawn = string.Join(" / ", block.Lines.Select(l => l.Text));
        var done = new List<string>();
        if (block.Fit.WordBroken)
        {
            done.Add("broken inside a word");
        }
        if (block.Fit.Truncated)
        {
            done.Add("cut with an ellipsis");
        }
        if (block.Fit.BelowMinimum)
        {
            done.Add($"set at {Fraction(block.Size / frameHeight)}, below the minimum");
        }
        var fixes = filmHasShortTitle
            ? "allow more lines (max_lines) or a smaller minimum size in the template, or shorten promo.short_title"
            : "allow more lines (max_lines) or a smaller minimum size in the template, or give the film a promo.short_title";
        return $"{what} does not fit its box in {lines} at the minimum size {Fraction(style.MinSize)}; drawn {string.Join(", ", done)} as \"{drawn}\". To fix: {fixes}";
    }

    private static string Quote(string text)
    {
        var graphemes = new StringInfo(text);
        return "\"" + (graphemes.LengthInTextElements > 60 ? graphemes.SubstringByTextElements(0, 57) + "…" : text) + "\"";
    }

    private static string Fraction(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
