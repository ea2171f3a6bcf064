namespace LegacyPress.Core.Diagnostics;

/// <summary>Suggests the nearest known word for a misspelt key or name.</summary>
public static class DidYouMean
{
    public static string? Suggest(string given, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Word: k, Distance: Distance(given.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Word, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Word is null)
        {
            return null;
        }
        // A third of the word may be wrong: catches typos and swapped letters, not unrelated words.
        var allowed = Math.Max(2, best.Word.Length / 3);
        return best.Distance <= allowed ? best.Word : null;
    }

    /// <summary>The message tail used after an unknown name: "; did you mean 'x'?" or nothing.</summary>
    public static string Hint(string given, IEnumerable<string> known) =>
        Suggest(given, known) is { } s ? $"; did you mean '{s}'?" : "";

    /// <summary>Optimal string alignment distance: edits, where a swap of neighbours counts once.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
