namespace LegacyPress.Promo.Documents.Layout;

/// <summary>A table as a header fragment and row fragments: it splits between rows and repeats its header on every page.</summary>
internal sealed class TableBox(Fragment header, IReadOnlyList<Fragment> rows) : FlowBox
{
    public override double Height => header.HeightPoints + rows.Sum(r => r.HeightPoints);

    public override double FirstPieceHeight => header.HeightPoints + (rows.Count > 0 ? rows[0].HeightPoints : 0);

    public override (Fragment? Placed, FlowBox? Remainder) Split(double available, bool mustPlace)
    {
        var used = header.HeightPoints;
        var fit = 0;
        while (fit < rows.Count && used + rows[fit].HeightPoints <= available + 1e-6)
        {
            used += rows[fit].HeightPoints;
            fit++;
        }
        if (fit == 0 && rows.Count > 0)
        {
            if (!mustPlace)
            {
                return (null, this);
            }
            fit = 1;
            used += rows[0].HeightPoints;
        }
        var items = new List<PageItem>(header.At(0, 0));
        var y = header.HeightPoints;
        foreach (var row in rows.Take(fit))
        {
            items.AddRange(row.At(0, y));
            y += row.HeightPoints;
        }
        var rest = fit < rows.Count ? Continue(new TableBox(header, rows.Skip(fit).ToList())) : null;
        return (new Fragment(y, items), rest);
    }
}
