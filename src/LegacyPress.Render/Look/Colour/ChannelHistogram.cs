namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// A fine histogram of one Lab or lαβ channel over a fixed range, so percentiles and quantiles of a quarter-million pixels
/// cost one pass and no sort. Values outside the range count in the end bins.
/// </summary>
internal sealed class ChannelHistogram
{
    private readonly double minimum;
    private readonly double binWidth;
    private readonly double[] counts;

    public ChannelHistogram(double minimum, double maximum, int bins)
    {
        this.minimum = minimum;
        binWidth = (maximum - minimum) / bins;
        counts = new double[bins];
    }

    /// <summary>CIELAB L* of sRGB colours: 0..100, bins of 0.012.</summary>
    public static ChannelHistogram ForLightness() => new(0, 100, 8192);

    // lαβ of sRGB colours with cone responses floored at 1e-4: l within −4√3..0, α within about −1.0..0.9 and β within
    // about −0.3..0.3 (pure blue and pure red are the extremes); the ranges leave a margin. Bins of 0.0009, 0.0005 and
    // 0.0002 log10 units, about 0.2%, 0.1% and 0.05% in cone-response ratio.

    /// <summary>lαβ l of sRGB colours: −7.2..0.2.</summary>
    public static ChannelHistogram ForLogLightness() => new(-7.2, 0.2, 8192);

    /// <summary>lαβ α of sRGB colours: −2..2.</summary>
    public static ChannelHistogram ForAlpha() => new(-2, 2, 8192);

    /// <summary>lαβ β of sRGB colours: −1..1.</summary>
    public static ChannelHistogram ForBeta() => new(-1, 1, 8192);

    public int Bins => counts.Length;

    public double Total { get; private set; }

    public int BinOf(double value) => Math.Clamp((int)((value - minimum) / binWidth), 0, counts.Length - 1);

    public double CountIn(int bin) => counts[bin];

    /// <summary>Counts one value; returns its bin.</summary>
    public int Add(double value)
    {
        var bin = BinOf(value);
        counts[bin]++;
        Total++;
        return bin;
    }

    /// <summary>
    /// The quantiles at ranks 0, 1/steps, … 1, taking each bin's pixels as spread evenly across it (so the CDF is
    /// piecewise linear and strictly rises wherever there are pixels).
    /// </summary>
    public Quantiles ToQuantiles(int steps)
    {
        if (Total == 0)
        {
            throw new InvalidOperationException("the histogram is empty");
        }
        var values = new double[steps + 1];
        var bin = 0;
        var before = 0.0;
        for (var k = 0; k <= steps; k++)
        {
            var mass = Total * k / steps;
            while (bin < counts.Length - 1 && (counts[bin] == 0 || before + counts[bin] < mass))
            {
                before += counts[bin];
                bin++;
            }
            var fraction = counts[bin] > 0 ? Math.Clamp((mass - before) / counts[bin], 0, 1) : 0;
            values[k] = minimum + (bin + fraction) * binWidth;
        }
        return new Quantiles(values);
    }
}
