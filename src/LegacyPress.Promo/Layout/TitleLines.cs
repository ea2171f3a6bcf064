using System.Globalization;
using System.Text;
using LegacyPress.Promo.Documents.Layout;

namespace LegacyPress.Promo.Layout;

/// <summary>
/// Where a promo text breaks into lines: greedy on the break opportunities of <see cref="BreakOpportunities"/>
/// (spaces, after hyphens, between ideographs; never before closing punctuation), explicit newlines always, and a
/// subtitle after a colon or dash on a line of its own whenever the text needs more than one line
/// ("LEGACY" / "JOURNEY BETWEEN WORLDS"). Breaking inside a word is a last resort the caller asks for.
/// Pure: widths come from a measure of ink at the size being tried.
/// </summary>
public static class TitleLines
{
    /// <summary>
    /// The lines of <paramref name="text"/> no wider than <paramref name="maxWidth"/>; null when a word is wider than
    /// that and <paramref name="breakInsideWords"/> is false (then it is cut between graphemes, never inside one).
    /// </summary>
    public static IReadOnlyList<string>? Wrap(string text, double maxWidth, Func<string, double> width, bool breakInsideWords)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (!WrapParagraph(paragraph.Trim(), maxWidth, width, breakInsideWords, lines))
            {
                return null;
            }
        }
        return lines;
    }

    /// <summary>
    /// The same text in as many lines as <paramref name="lines"/> but as even as they can be: wrapped at the
    /// narrowest width that still needs no more lines, so a title never ends on a lonely word it need not.
    /// </summary>
    public static IReadOnlyList<string> Balance(string text, IReadOnlyList<string> lines, double maxWidth, Func<string, double> width, bool breakInsideWords)
    {
        if (lines.Count < 2)
        {
            return lines;
        }
        var best = lines;
        double low = lines.Max(width) / lines.Count, high = maxWidth;
        for (var step = 0; step < 16 && high - low > maxWidth * 0.002; step++)
        {
            var middle = (low + high) / 2;
            var attempt = Wrap(text, middle, width, breakInsideWords);
            if (attempt is not null && attempt.Count <= lines.Count)
            {
                (high, best) = (middle, attempt);
            }
            else
            {
                low = middle;
            }
        }
        return best;
    }

    private static bool WrapParagraph(string paragraph, double maxWidth, Func<string, double> width, bool breakInsideWords, List<string> lines)
    {
        if (paragraph.Length == 0)
        {
            lines.Add("");
            return true;
        }
        // A title with a subtitle that does not fit on one line is set as the lock-up: main part, then subtitle.
        if (width(paragraph) > maxWidth && TitleParts.Split(paragraph) is (var main, { } sub))
        {
            return WrapParagraph(main, maxWidth, width, breakInsideWords, lines) && WrapParagraph(sub, maxWidth, width, breakInsideWords, lines);
        }
        var line = "";
        var spaceBefore = false;
        foreach (var unit in Units(paragraph))
        {
            if (unit == " ")
            {
                spaceBefore = line.Length > 0;
                continue;
            }
            var candidate = line.Length == 0 ? unit : line + (spaceBefore ? " " : "") + unit;
            spaceBefore = false;
            if (width(candidate) <= maxWidth)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0)
            {
                lines.Add(line);
            }
            line = unit;
            if (width(unit) > maxWidth)
            {
                if (!breakInsideWords)
                {
                    return false;
                }
                var pieces = BreakWord(unit, maxWidth, width);
                lines.AddRange(pieces.Take(pieces.Count - 1));
                line = pieces[^1];
            }
        }
        if (line.Length > 0)
        {
            lines.Add(line);
        }
        return true;
    }

    /// <summary>The pieces a line may end after: words (with what sticks to them) and single spaces between them.</summary>
    private static List<string> Units(string paragraph)
    {
        var units = new List<string>();
        var current = new StringBuilder();
        foreach (var segment in BreakOpportunities.Split(paragraph))
        {
            if (segment.IsSpace)
            {
                Flush();
                units.Add(" ");
                continue;
            }
            // A line never starts with closing punctuation ("子：", "word,"): it stays with what it closes.
            if (current.Length == 0 && units.Count > 0 && units[^1] != " " && StartsWithClosingPunctuation(segment.Text))
            {
                current.Append(units[^1]);
                units.RemoveAt(units.Count - 1);
            }
            current.Append(segment.Text);
            if (segment.BreakAfter)
            {
                Flush();
            }
        }
        Flush();
        return units;

        void Flush()
        {
            if (current.Length > 0)
            {
                units.Add(current.ToString());
                current.Clear();
            }
        }
    }

    private static bool StartsWithClosingPunctuation(string text) =>
        CharUnicodeInfo.GetUnicodeCategory(text, 0) is UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation
        || (CharUnicodeInfo.GetUnicodeCategory(text, 0) == UnicodeCategory.OtherPunctuation && text[0] is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF');

    /// <summary>Splits a word wider than a line into pieces that each fit (at least one grapheme per piece).</summary>
    private static List<string> BreakWord(string word, double maxWidth, Func<string, double> width)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        var graphemes = StringInfo.GetTextElementEnumerator(word);
        while (graphemes.MoveNext())
        {
            var grapheme = graphemes.GetTextElement();
            if (piece.Length > 0 && width(piece + grapheme) > maxWidth)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
            }
            piece.Append(grapheme);
        }
        pieces.Add(piece.ToString());
        return pieces;
    }
}
