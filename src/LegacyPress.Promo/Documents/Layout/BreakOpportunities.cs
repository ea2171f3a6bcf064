using System.Globalization;
using System.Text;

namespace LegacyPress.Promo.Documents.Layout;

/// <summary>
/// Where a line may end inside a piece of text: after spaces, after a hyphen, dash or slash inside a word, and around
/// every ideograph, kana or hangul syllable (scripts that do not separate words with spaces). A simplified UAX #14 that
/// is enough for prose in Latin, Cyrillic, Greek and CJK; words longer than a line are cut between graphemes elsewhere.
/// </summary>
public static class BreakOpportunities
{
    /// <summary>A piece of text that is kept together, whether it is spaces, and whether a line may end after it.</summary>
    public readonly record struct Segment(string Text, bool IsSpace, bool BreakAfter, bool IsNewLine = false);

    public static IReadOnlyList<Segment> Split(string text)
    {
        var segments = new List<Segment>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                segments.Add(new Segment("\n", IsSpace: true, BreakAfter: true, IsNewLine: true));
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]) && text[i] != '\u00A0' && text[i] != '\n')
                {
                    i++;
                }
                segments.Add(new Segment(" ", IsSpace: true, BreakAfter: true));
                continue;
            }
            var wordStart = i;
            while (i < text.Length && !(char.IsWhiteSpace(text[i]) && text[i] != '\u00A0'))
            {
                var element = StringInfo.GetNextTextElementLength(text, i);
                var rune = Rune.GetRuneAt(text, i);
                var next = i + element;
                if (IsIdeographic(rune))
                {
                    // An ideograph stands alone: lines may end before and after it.
                    if (i > wordStart)
                    {
                        segments.Add(new Segment(text[wordStart..i], false, BreakAfter: true));
                    }
                    segments.Add(new Segment(text[i..next], false, BreakAfter: true));
                    wordStart = next;
                }
                else if (IsBreakAfterPunctuation(text[i]) && i > wordStart && next < text.Length && char.IsLetterOrDigit(text[next]))
                {
                    segments.Add(new Segment(text[wordStart..next], false, BreakAfter: true));
                    wordStart = next;
                }
                i = next;
            }
            if (i > wordStart)
            {
                // Whether a break follows a word is decided by what comes next (a space, or the end of the run).
                segments.Add(new Segment(text[wordStart..i], false, BreakAfter: false));
            }
        }
        return segments;
    }

    private static bool IsBreakAfterPunctuation(char c) => c is '-' or '\u2010' or '\u2013' or '\u2014' or '/';

    private static bool IsIdeographic(Rune r) =>
        r.Value is >= 0x2E80 and <= 0x9FFF      // CJK radicals, kana, CJK unified ideographs
            or >= 0xAC00 and <= 0xD7AF          // Hangul syllables
            or >= 0xF900 and <= 0xFAFF          // CJK compatibility ideographs
            or >= 0x20000 and <= 0x2FFFF;       // CJK extensions
}
