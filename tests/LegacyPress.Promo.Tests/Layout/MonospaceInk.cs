using System.Globalization;
using LegacyPress.Promo.Layout;

namespace LegacyPress.Promo.Tests.Layout;

/// <summary>
/// A font stand-in for pure layout tests: every grapheme advances 0.5 em; ink rises 0.7 em above the baseline and,
/// when a letter with a descender is in the line, 0.2 em below it.
/// </summary>
internal static class MonospaceInk
{
    public static LineInk Measure(string text, double size)
    {
        var width = new StringInfo(text).LengthInTextElements * 0.5 * size;
        if (width == 0)
        {
            return default;
        }
        var bottom = text.Any(c => "gjpqy".Contains(c)) ? 0.2 * size : 0;
        return new LineInk(width, 0, -0.7 * size, width, bottom);
    }

    public static double Width(string text, double size) => Measure(text, size).Width;
}
