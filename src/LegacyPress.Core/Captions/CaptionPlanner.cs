using System.Text.RegularExpressions;
using LegacyPress.Core.Planning;

namespace LegacyPress.Core.Captions;

/// <summary>
/// Turns the timeline's narration into caption cues: split at sentences, then at phrases or words until a
/// cue fits its lines; each line of narration's time is shared by the cues in proportion to their length
/// (speech rate is close to constant within one line), and cues shorter than the minimum are merged or lengthened.
/// </summary>
public static partial class CaptionPlanner
{
    public static IReadOnlyList<CaptionCue> Plan(IEnumerable<NarrationSpan> narration, CaptionRules rules)
    {
        var timed = new List<(double Start, double End, string Text)>();
        foreach (var span in narration.OrderBy(n => n.StartSeconds))
        {
            if (string.IsNullOrWhiteSpace(span.Narration.Text))
            {
                continue;
            }
            var chunks = Chunks(span.Narration.Text, rules);
            chunks = MergeShort(chunks, span.DurationSeconds, rules);
            var total = chunks.Sum(c => c.Length);
            var t = span.StartSeconds;
            foreach (var chunk in chunks)
            {
                var length = span.DurationSeconds * chunk.Length / total;
                timed.Add((t, t + length, chunk));
                t += length;
            }
        }

        var cues = new List<CaptionCue>();
        for (var i = 0; i < timed.Count; i++)
        {
            var (start, end, text) = timed[i];
            if (end - start < rules.MinimumSeconds)
            {
                // Lengthen into the silence after it, never over the next cue.
                var limit = i + 1 < timed.Count ? timed[i + 1].Start : double.MaxValue;
                end = Math.Min(Math.Max(end, start + rules.MinimumSeconds), limit);
            }
            cues.Add(new CaptionCue(cues.Count + 1, start, end, Wrap(text, rules)));
        }
        return cues;
    }

    /// <summary>Sentences, each split further at phrase marks and then words until it fits one cue.</summary>
    internal static List<string> Chunks(string text, CaptionRules rules)
    {
        var flat = Whitespace().Replace(text.Trim(), " ");
        var result = new List<string>();
        foreach (var sentence in SentenceEnd().Split(flat).Where(s => s.Length > 0))
        {
            Split(sentence.Trim(), rules.MaxCharactersPerCue, result);
        }
        return result;
    }

    private static void Split(string text, int max, List<string> into)
    {
        if (text.Length <= max)
        {
            into.Add(text);
            return;
        }
        // Prefer a phrase mark nearest the middle; else the space nearest the middle.
        var middle = text.Length / 2;
        var cut = PhraseMark().Matches(text).Select(m => m.Index + m.Length).Where(i => i > 0 && i < text.Length)
            .OrderBy(i => Math.Abs(i - middle)).Cast<int?>().FirstOrDefault();
        if (cut is null || cut < text.Length / 4 || cut > text.Length * 3 / 4)
        {
            var spaces = Enumerable.Range(0, text.Length).Where(i => text[i] == ' ').ToList();
            cut = spaces.Count == 0 ? max : spaces.OrderBy(i => Math.Abs(i - middle)).First();
        }
        Split(text[..cut.Value].Trim(), max, into);
        Split(text[cut.Value..].Trim(), max, into);
    }

    /// <summary>Joins neighbours whose share of the time would fall under the minimum, when the pair still fits one cue.</summary>
    private static List<string> MergeShort(List<string> chunks, double seconds, CaptionRules rules)
    {
        var merged = new List<string>(chunks);
        bool changed;
        do
        {
            changed = false;
            var total = merged.Sum(c => c.Length);
            for (var i = 0; i < merged.Count && merged.Count > 1; i++)
            {
                if (seconds * merged[i].Length / total >= rules.MinimumSeconds)
                {
                    continue;
                }
                var j = i + 1 < merged.Count && (i == 0 || merged[i + 1].Length <= merged[i - 1].Length) ? i + 1 : i - 1;
                var (first, second) = j > i ? (i, j) : (j, i);
                var joined = merged[first] + " " + merged[second];
                if (joined.Length <= rules.MaxCharactersPerCue && Wrap(joined, rules).Count <= rules.MaxLines)
                {
                    merged[first] = joined;
                    merged.RemoveAt(second);
                    changed = true;
                    break;
                }
            }
        }
        while (changed);
        return merged;
    }

    /// <summary>Breaks a cue into lines of at most the line length, balancing two lines so neither is a stub.</summary>
    internal static List<string> Wrap(string text, CaptionRules rules)
    {
        if (text.Length <= rules.MaxCharactersPerLine)
        {
            return [text];
        }
        var words = text.Split(' ');
        var best = (Lines: (List<string>?)null, Score: int.MaxValue);
        for (var k = 1; k < words.Length; k++)
        {
            var a = string.Join(' ', words[..k]);
            var b = string.Join(' ', words[k..]);
            if (a.Length <= rules.MaxCharactersPerLine && b.Length <= rules.MaxCharactersPerLine && Math.Abs(a.Length - b.Length) < best.Score)
            {
                best = ([a, b], Math.Abs(a.Length - b.Length));
            }
        }
        if (best.Lines is not null)
        {
            return best.Lines;
        }
        // No balanced two-line split exists (a very long word): fill lines greedily, breaking words if needed.
        var lines = new List<string>();
        var line = "";
        foreach (var word in words)
        {
            var w = word;
            while (w.Length > rules.MaxCharactersPerLine)
            {
                if (line.Length > 0) { lines.Add(line); line = ""; }
                lines.Add(w[..rules.MaxCharactersPerLine]);
                w = w[rules.MaxCharactersPerLine..];
            }
            if (line.Length == 0) line = w;
            else if (line.Length + 1 + w.Length <= rules.MaxCharactersPerLine) line += " " + w;
            else { lines.Add(line); line = w; }
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[,;:—–]\s")]
    private static partial Regex PhraseMark();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
