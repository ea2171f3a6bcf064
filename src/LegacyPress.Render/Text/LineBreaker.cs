using System.Globalization;
using System.Text;

namespace LegacyPress.Render.Text;

/// <summary>
/// Greedy line breaking, independent of any font: words go on a line while the line's measured width stays within
/// the limit. Explicit newlines always break; a word wider than a whole line is broken between graphemes.
/// Widths are in whatever unit <c>measure</c> returns (pixels, PDF points).
/// </summary>
public static class LineBreaker
{
    /// <summary>Wraps <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/> (except a single grapheme wider than that).</summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(paragraph, maxWidth, measure, lines);
        }
        return lines;
    }

    private static void WrapParagraph(string paragraph, double maxWidth, Func<string, double> measure, List<string> lines)
    {
        var words = paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            lines.Add("");
            return;
        }
        var line = "";
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (measure(candidate) <= maxWidth)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0)
            {
                lines.Add(line);
            }
            line = word;
            if (measure(word) > maxWidth)
            {
                var pieces = BreakWord(word, maxWidth, measure);
                lines.AddRange(pieces.Take(pieces.Count - 1));
                line = pieces[^1];
            }
        }
        lines.Add(line);
    }

    /// <summary>Splits an over-long word into pieces that each fit (at least one grapheme per piece).</summary>
    private static List<string> BreakWord(string word, double maxWidth, Func<string, double> measure)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        var graphemes = StringInfo.GetTextElementEnumerator(word);
        while (graphemes.MoveNext())
        {
            var grapheme = graphemes.GetTextElement();
            if (piece.Length > 0 && measure(piece + grapheme) > maxWidth)
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
