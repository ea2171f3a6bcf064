namespace LegacyPress.Promo.Documents.Layout;

/// <summary>Two flows side by side, each split at the same page foot; the row is as tall as its taller column.</summary>
internal sealed class ColumnsBox(FlowBox left, FlowBox right, double rightX) : FlowBox
{
    public override double Height => Math.Max(left.Height, right.Height);

    public override double FirstPieceHeight => Math.Max(left.FirstPieceHeight, right.FirstPieceHeight);

    public override (Fragment? Placed, FlowBox? Remainder) Split(double available, bool mustPlace)
    {
        var (l, lRest) = left.Split(available, mustPlace);
        var (r, rRest) = right.Split(available, mustPlace);
        if (l is null && r is null)
        {
            return (null, this);
        }
        var items = new List<PageItem>();
        if (l is not null)
        {
            items.AddRange(l.At(0, 0));
        }
        if (r is not null)
        {
            items.AddRange(r.At(rightX, 0));
        }
        var height = Math.Max(l?.HeightPoints ?? 0, r?.HeightPoints ?? 0);
        var rest = lRest is null && rRest is null && l is not null && r is not null
            ? null
            : Continue(new ColumnsBox(l is null ? left : lRest ?? (FlowBox)StackBox.Empty, r is null ? right : rRest ?? StackBox.Empty, rightX));
        return (new Fragment(height, items), rest);
    }
}
