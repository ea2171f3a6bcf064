namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// The dominant colours of an image: up to six Lab colours with the share of pixels each stands for, heaviest first,
/// the shares summing to 1. Immutable.
/// </summary>
public sealed class Palette
{
    public const int DefaultSize = 6;

    // Fixed so that analysing the same image twice gives the same palette (and the same EMD between two images).
    private const int Seed = 17;

    private Palette(IReadOnlyList<PaletteEntry> entries) => Entries = entries;

    /// <summary>Heaviest first; weights sum to 1.</summary>
    public IReadOnlyList<PaletteEntry> Entries { get; }

    /// <summary>The palette of a BGRA 8888 image.</summary>
    public static Palette Of(ReadOnlySpan<byte> bgra, int size = DefaultSize) => Cluster(ColourHistogram.Of(bgra), size);

    /// <summary>Clusters the occupied cells of a histogram, weighted by their pixel counts, into at most <paramref name="size"/> colours.</summary>
    public static Palette Cluster(ColourHistogram histogram, int size = DefaultSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var (colours, counts) = histogram.OccupiedCells();
        if (colours.Length == 0)
        {
            throw new ArgumentException("the histogram has no pixels", nameof(histogram));
        }
        return FromEntries(WeightedKMeans.Cluster(colours, counts, size, Seed));
    }

    /// <summary>A palette of the given colours, their weights scaled to sum to 1 and ordered heaviest first.</summary>
    public static Palette FromEntries(IEnumerable<PaletteEntry> entries)
    {
        var list = entries.ToList();
        var total = list.Sum(e => e.Weight);
        if (list.Count == 0 || !(total > 0) || list.Any(e => e.Weight < 0))
        {
            throw new ArgumentException("a palette needs at least one colour and non-negative weights with a positive sum", nameof(entries));
        }
        return new Palette(list
            .Select(e => e with { Weight = e.Weight / total })
            .OrderByDescending(e => e.Weight)
            .ThenByDescending(e => e.Colour.L)
            .ToArray());
    }
}
