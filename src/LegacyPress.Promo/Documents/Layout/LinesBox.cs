namespace LegacyPress.Promo.Documents.Layout;

/// <summary>
/// A paragraph or heading as lines. It splits between lines, never leaving a single line alone at the foot of a page
/// (orphan) or carrying a single line over to the next (widow), when the paragraph is long enough to avoid it.
/// </summary>
internal sealed class LinesBox(IReadOnlyList<Fragment> lines, IReadOnlyList<PageItem> decorations, Func<double, IReadOnlyList<PageItem>>? background = null) : FlowBox
{
    private const int MinLinesAtSplit = 2;

    public IReadOnlyList<Fragment> Lines => lines;

    public override double Height => lines.Sum(l => l.HeightPoints);

    // A paragraph too short to leave two lines on each side of a break cannot be split at all.
    public override double FirstPieceHeight => KeepTogether || lines.Count < 2 * MinLinesAtSplit ? Height : lines.Take(MinLinesAtSplit).Sum(l => l.HeightPoints);

    public override (Fragment? Placed, FlowBox? Remainder) Split(double available, bool mustPlace)
    {
        var fit = 0;
        double used = 0;
        while (fit < lines.Count && used + lines[fit].HeightPoints <= available + 1e-6)
        {
            used += lines[fit].HeightPoints;
            fit++;
        }
        if (fit < lines.Count)
        {
            if (KeepTogether)
            {
                fit = 0;
            }
            else
            {
                // Widow: leave at least two lines for the next page by taking lines back; when that would leave fewer
                // than two here, the whole paragraph goes over.
                if (lines.Count - fit < MinLinesAtSplit)
                {
                    fit -= MinLinesAtSplit - (lines.Count - fit);
                }
                // Orphan: a lone first line at the foot of a page goes over with the rest.
                if (fit < Math.Min(MinLinesAtSplit, lines.Count))
                {
                    fit = 0;
                }
            }
        }
        if (fit == 0)
        {
            if (!mustPlace)
            {
                return (null, this);
            }
            fit = KeepTogether ? lines.Count : 1;
        }
        return (Stack(lines.Take(fit).ToList(), decorations), fit < lines.Count
            ? Continue(new LinesBox(lines.Skip(fit).ToList(), decorations, background))
            : null);

        Fragment Stack(IReadOnlyList<Fragment> taken, IReadOnlyList<PageItem> marks)
        {
            var items = new List<PageItem>();
            double y = 0;
            foreach (var line in taken)
            {
                items.AddRange(line.At(0, y));
                y += line.HeightPoints;
            }
            // Anchors and markers belong to the first piece only; background and side rules to every piece.
            var first = ReferenceEquals(taken[0], lines[0]) ? marks : [];
            var backdrop = background?.Invoke(y) ?? [];
            return new Fragment(y, [.. backdrop, .. first, .. items]);
        }
    }
}
