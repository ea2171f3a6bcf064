namespace LegacyPress.Promo.Documents.Layout;

/// <summary>A placed piece of a block: its height and its items, relative to the fragment's top-left corner.</summary>
public sealed record Fragment(double HeightPoints, IReadOnlyList<PageItem> Items)
{
    public static Fragment Empty { get; } = new(0, []);

    public IEnumerable<PageItem> At(double x, double y) => Items.Select(i => i.Offset(x, y));
}
