using System.Globalization;
using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Documents.Layout;

/// <summary>
/// Sets a paragraph's styled runs into lines no wider than a measure: greedy first-fit on the break opportunities of
/// <see cref="BreakOpportunities"/>, trailing spaces hanging, and a word wider than the line cut between graphemes.
/// Pure: the only thing it asks about fonts is <see cref="ITextMeasure"/>.
/// </summary>
public sealed class LineSetter(ITextMeasure measure)
{
    private sealed record Atom(string Text, TextStyle Style, string? Link, bool IsSpace, bool BreakAfter, bool IsNewLine, double Width);

    public IReadOnlyList<SetLine> Set(IReadOnlyList<TextRun> runs, double maxWidthPoints)
    {
        var atoms = Atoms(runs);
        var lines = new List<SetLine>();
        var current = new List<Atom>();
        double width = 0;
        var i = 0;
        while (i < atoms.Count)
        {
            // A unit is the atoms up to the next break opportunity, plus any spaces after it.
            var end = i;
            while (end < atoms.Count && !atoms[end].BreakAfter)
            {
                end++;
            }
            end = Math.Min(end, atoms.Count - 1);
            if (atoms[end].IsNewLine && end > i)
            {
                end--; // the forced break is a unit of its own
            }
            var unit = atoms.GetRange(i, end - i + 1);
            if (unit.Count == 1 && unit[0].IsNewLine)
            {
                lines.Add(Build(current, runs));
                current.Clear();
                width = 0;
                i = end + 1;
                continue;
            }
            var inkWidth = unit.Where(a => !a.IsSpace).Sum(a => a.Width);
            if (width + inkWidth <= maxWidthPoints + 1e-6 || (current.Count == 0 && inkWidth <= maxWidthPoints + 1e-6))
            {
                current.AddRange(unit);
                width += unit.Sum(a => a.Width);
                i = end + 1;
            }
            else if (current.Any(a => !a.IsSpace))
            {
                lines.Add(Build(current, runs));
                current.Clear();
                width = 0;
            }
            else
            {
                // A word wider than the whole line: cut it where the line is full, and carry on with the rest.
                var (head, rest) = Cut(unit.Where(a => !a.IsSpace).ToList(), maxWidthPoints);
                lines.Add(Build(head, runs));
                var spaces = unit.Where(a => a.IsSpace).ToList();
                atoms.RemoveRange(i, unit.Count);
                atoms.InsertRange(i, rest.Concat(spaces));
                current.Clear();
                width = 0;
            }
        }
        if (current.Any(a => !a.IsSpace) || lines.Count == 0)
        {
            lines.Add(Build(current, runs));
        }
        return lines;
    }

    private List<Atom> Atoms(IReadOnlyList<TextRun> runs)
    {
        var atoms = new List<Atom>();
        foreach (var run in runs)
        {
            foreach (var s in BreakOpportunities.Split(run.Text))
            {
                atoms.Add(new Atom(s.Text, run.Style, run.Link, s.IsSpace, s.BreakAfter, s.IsNewLine, s.IsNewLine ? 0 : measure.WidthPoints(s.Text, run.Style)));
            }
        }
        return atoms;
    }

    private (List<Atom> Head, List<Atom> Tail) Cut(List<Atom> word, double maxWidth)
    {
        var head = new List<Atom>();
        double used = 0;
        for (var k = 0; k < word.Count; k++)
        {
            var atom = word[k];
            if (used + atom.Width <= maxWidth)
            {
                head.Add(atom);
                used += atom.Width;
                continue;
            }
            // Fit as many graphemes of this atom as there is room for; at least one, so every line makes progress.
            var elements = StringInfo.ParseCombiningCharacters(atom.Text);
            var take = 0;
            for (var n = 1; n <= elements.Length; n++)
            {
                var endIndex = n < elements.Length ? elements[n] : atom.Text.Length;
                if (used + measure.WidthPoints(atom.Text[..endIndex], atom.Style) > maxWidth)
                {
                    break;
                }
                take = n;
            }
            if (take == 0 && head.Count == 0)
            {
                take = 1;
            }
            var split = take < elements.Length ? elements[take] : atom.Text.Length;
            var rest = new List<Atom>();
            if (split > 0)
            {
                var first = atom.Text[..split];
                head.Add(atom with { Text = first, Width = measure.WidthPoints(first, atom.Style), BreakAfter = true });
            }
            if (split < atom.Text.Length)
            {
                var second = atom.Text[split..];
                rest.Add(atom with { Text = second, Width = measure.WidthPoints(second, atom.Style) });
            }
            rest.AddRange(word.Skip(k + 1));
            return (head, rest);
        }
        return (head, []);
    }

    private SetLine Build(List<Atom> atoms, IReadOnlyList<TextRun> runs)
    {
        var trimmed = atoms.ToList();
        while (trimmed.Count > 0 && trimmed[^1].IsSpace)
        {
            trimmed.RemoveAt(trimmed.Count - 1);
        }
        while (trimmed.Count > 0 && trimmed[0].IsSpace)
        {
            trimmed.RemoveAt(0);
        }
        // Neighbours in one style and link are drawn (and measured) as one piece so kerning and shaping see whole words.
        var pieces = new List<LinePiece>();
        double x = 0;
        var k = 0;
        while (k < trimmed.Count)
        {
            var start = k;
            while (k < trimmed.Count && trimmed[k].Style == trimmed[start].Style && trimmed[k].Link == trimmed[start].Link)
            {
                k++;
            }
            var text = string.Concat(trimmed.Skip(start).Take(k - start).Select(a => a.Text));
            var w = measure.WidthPoints(text, trimmed[start].Style);
            pieces.Add(new LinePiece(x, text, trimmed[start].Style, trimmed[start].Link, w));
            x += w;
        }
        var styles = pieces.Count > 0 ? pieces.Select(p => p.Style).Distinct().ToList() : [runs.Count > 0 ? runs[0].Style : FallbackStyle];
        var metrics = styles.Select(measure.Metrics).ToList();
        return new SetLine(pieces, x, styles.Max(s => s.LineHeightPoints), metrics.Max(m => m.AscentPoints), metrics.Max(m => m.DescentPoints));
    }

    private static readonly TextStyle FallbackStyle = new(FontFace.Serif, 10, RgbColor.Black);
}
