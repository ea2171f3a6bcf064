namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// Pixels counted in a coarse sRGB grid (5 bits per channel, 32768 cells), each occupied cell remembering the mean Lab of
/// its pixels: the few thousand weighted colours that k-means clusters instead of every pixel.
/// </summary>
public sealed class ColourHistogram
{
    private const int BitsPerChannel = 5;
    private const int Cells = 1 << (3 * BitsPerChannel);

    private readonly int[] counts = new int[Cells];
    private readonly double[] labSums = new double[3 * Cells];

    /// <summary>The histogram of a BGRA 8888 image.</summary>
    public static ColourHistogram Of(ReadOnlySpan<byte> bgra)
    {
        var histogram = new ColourHistogram();
        for (var i = 0; i + 3 < bgra.Length; i += 4)
        {
            var (b, g, r) = (bgra[i], bgra[i + 1], bgra[i + 2]);
            histogram.Add(r, g, b, Cielab.FromSrgb(r, g, b));
        }
        return histogram;
    }

    /// <summary>Counts one pixel whose Lab colour the caller has already computed.</summary>
    public void Add(byte r, byte g, byte b, Lab lab)
    {
        const int drop = 8 - BitsPerChannel;
        var cell = (r >> drop) << (2 * BitsPerChannel) | (g >> drop) << BitsPerChannel | (b >> drop);
        counts[cell]++;
        labSums[3 * cell] += lab.L;
        labSums[3 * cell + 1] += lab.A;
        labSums[3 * cell + 2] += lab.B;
    }

    /// <summary>The occupied cells: each one's mean Lab colour and pixel count, in cell order.</summary>
    public (Lab[] Colours, double[] Counts) OccupiedCells()
    {
        var occupied = counts.Count(c => c > 0);
        var colours = new Lab[occupied];
        var weights = new double[occupied];
        var next = 0;
        for (var cell = 0; cell < Cells; cell++)
        {
            var count = counts[cell];
            if (count > 0)
            {
                colours[next] = new Lab(labSums[3 * cell] / count, labSums[3 * cell + 1] / count, labSums[3 * cell + 2] / count);
                weights[next++] = count;
            }
        }
        return (colours, weights);
    }
}
