namespace LegacyPress.Promo.Text;

/// <summary>
/// Shortens a text to a length limit the way an editor would: prose at a word boundary with an ellipsis,
/// a list by dropping its last items. Pure; used only where a template asks for <c>overflow: truncate</c>.
/// </summary>
public static class TextTruncation
{
    public const string Ellipsis = "…";

    /// <summary>The longest prefix of <paramref name="text"/> ending at a word, plus an ellipsis, that measures at most <paramref name="max"/>.</summary>
    public static string Prose(string text, Func<string, int> measure, int max)
    {
        if (measure(text) <= max)
        {
            return text;
        }
        // Cut candidates: every position just before whitespace, so no word is split.
        var cuts = new List<int>();
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1]))
            {
                cuts.Add(i);
            }
        }
        // Longer prefixes never measure less, so the best cut is found by bisection.
        int lo = 0, hi = cuts.Count - 1, best = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (measure(Cut(text, cuts[mid])) <= max)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return best >= 0 ? Cut(text, cuts[best]) : "";
    }

    /// <summary>The first items of a one-per-line list that together measure at most <paramref name="max"/>.</summary>
    public static string Lines(string text, Func<string, int> measure, int max)
    {
        var kept = new List<string>();
        foreach (var line in TextCounters.Lines(text))
        {
            var candidate = string.Join('\n', kept.Append(line));
            if (measure(candidate) > max)
            {
                break;
            }
            kept.Add(line);
        }
        return string.Join('\n', kept);
    }

    private static string Cut(string text, int at) => text[..at].TrimEnd(',', ';', ':', '—', '-', ' ') + Ellipsis;
}
