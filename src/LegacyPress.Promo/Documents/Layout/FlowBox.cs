namespace LegacyPress.Promo.Documents.Layout;

/// <summary>
/// A measured block waiting to be placed. <see cref="Split"/> places as much as fits in the height left on the page and
/// hands back the rest for the next page; everything is measured already, so splitting is arithmetic.
/// </summary>
internal abstract class FlowBox
{
    public double SpaceBefore { get; private set; }

    public double SpaceAfter { get; private set; }

    public bool KeepWithNext { get; private set; }

    public bool KeepTogether { get; private set; }

    /// <summary>Takes the block's flow rules, on top of what the kind of box always wants (headings keep with next).</summary>
    public FlowBox Follow(Model.Block block)
    {
        SpaceBefore = block.SpaceBeforePoints;
        SpaceAfter = block.SpaceAfterPoints;
        KeepWithNext |= block.KeepWithNext;
        KeepTogether |= block.KeepTogether;
        return this;
    }

    /// <summary>Sets the kind's own rules; called once by the builder on a box it just made.</summary>
    public FlowBox Always(bool keepTogether = false, bool keepWithNext = false)
    {
        KeepTogether = keepTogether;
        KeepWithNext = keepWithNext;
        return this;
    }

    /// <summary>The rest of a split box continues the original's rules, without the space above it (it starts a page).</summary>
    protected T Continue<T>(T rest) where T : FlowBox
    {
        rest.SpaceAfter = SpaceAfter;
        rest.KeepWithNext = KeepWithNext;
        rest.KeepTogether = KeepTogether;
        return rest;
    }

    /// <summary>Height of the whole box, unsplit.</summary>
    public abstract double Height { get; }

    /// <summary>Height of the smallest piece that may start a page (first lines of a paragraph, header and first row of a table).</summary>
    public virtual double FirstPieceHeight => Height;

    /// <summary>
    /// Places what fits in <paramref name="available"/> points. When <paramref name="mustPlace"/> (top of an empty page)
    /// something is always placed, overflowing if it must, so layout always makes progress.
    /// Returns null for the placed part when nothing may go here, and null for the rest when all was placed.
    /// </summary>
    public abstract (Fragment? Placed, FlowBox? Remainder) Split(double available, bool mustPlace);
}

/// <summary>A box that never splits: image, chart, rule, spacer, cover.</summary>
internal sealed class AtomicBox(Fragment fragment) : FlowBox
{
    public override double Height => fragment.HeightPoints;

    public override (Fragment? Placed, FlowBox? Remainder) Split(double available, bool mustPlace) =>
        fragment.HeightPoints <= available + 1e-6 || mustPlace ? (fragment, null) : (null, this);
}

/// <summary>Ends the page: what follows starts on the next one.</summary>
internal sealed class PageBreakBox : FlowBox
{
    public override double Height => 0;

    public override (Fragment? Placed, FlowBox? Remainder) Split(double available, bool mustPlace) => (Fragment.Empty, null);
}
