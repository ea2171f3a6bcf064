namespace LegacyPress.Promo.Documents.Layout;

/// <summary>
/// Boxes one under another: the flow of a page body or a column. It honours page breaks, keep-with-next (a heading
/// goes to the next page rather than end one) and keep-together (a box that fits on a page is not split), and collapses
/// the space between neighbours to the larger of the two.
/// </summary>
internal sealed class StackBox(IReadOnlyList<FlowBox> boxes, double pageBodyHeight) : FlowBox
{
    public static StackBox Empty { get; } = new([], 0);

    public IReadOnlyList<FlowBox> Boxes => boxes;

    public override double Height => boxes.Sum(b => b.Height) + boxes.Skip(1).Select((b, i) => Gap(boxes[i], b)).Sum();

    public override double FirstPieceHeight => boxes.Count == 0 ? 0 : boxes[0].FirstPieceHeight;

    public override (Fragment? Placed, FlowBox? Remainder) Split(double available, bool mustPlace)
    {
        var items = new List<PageItem>();
        double y = 0;
        FlowBox? previous = null;
        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            if (box is PageBreakBox)
            {
                if (previous is null)
                {
                    continue; // a break at the top of a page would leave it empty
                }
                return (new Fragment(y, items), Remaining(i + 1));
            }
            var gap = previous is null ? 0 : Gap(previous, box);
            var left = available - y - gap;
            var empty = previous is null && mustPlace;
            if (!empty && left < Needed(i))
            {
                return previous is null ? (null, this) : (new Fragment(y, items), Remaining(i));
            }
            var (placed, rest) = box.Split(left, empty);
            if (placed is null)
            {
                return previous is null ? (null, this) : (new Fragment(y, items), Remaining(i));
            }
            items.AddRange(placed.At(0, y + gap));
            y += gap + placed.HeightPoints;
            previous = box;
            if (rest is not null)
            {
                return (new Fragment(y, items), new StackBox([rest, .. boxes.Skip(i + 1)], pageBodyHeight));
            }
        }
        return (new Fragment(y, items), null);
    }

    /// <summary>The height box <paramref name="i"/> needs to start here: its first piece, all of it when kept together, plus what it keeps with.</summary>
    private double Needed(int i)
    {
        var box = boxes[i];
        var needed = box.KeepTogether && box.Height <= pageBodyHeight ? box.Height : box.FirstPieceHeight;
        // A chain of keep-with-next boxes (a heading, a subheading) travels with the first piece of what ends it.
        var k = i;
        while (boxes[k].KeepWithNext && k + 1 < boxes.Count && boxes[k + 1] is not PageBreakBox)
        {
            if (k > i)
            {
                needed += boxes[k].Height;
            }
            needed += Gap(boxes[k], boxes[k + 1]);
            k++;
            if (!boxes[k].KeepWithNext)
            {
                needed += boxes[k].FirstPieceHeight;
            }
        }
        if (k > i && boxes[k].KeepWithNext)
        {
            needed += boxes[k].Height;
        }
        return needed - 1e-6;
    }

    private StackBox? Remaining(int from) => from >= boxes.Count ? null : new StackBox(boxes.Skip(from).ToList(), pageBodyHeight);

    private static double Gap(FlowBox above, FlowBox below) => Math.Max(above.SpaceAfter, below.SpaceBefore);
}
