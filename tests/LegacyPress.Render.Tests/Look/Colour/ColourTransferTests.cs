using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Tests.Look.Colour;

public sealed class ColourTransferTests
{
    private static readonly byte[] Base = SyntheticStill.Base();
    private static readonly byte[] Warm = BgraPixels.Map(Base, StillCasts.WhiteBalance);

    [Fact]
    public void Reinhard_gives_the_source_pixels_the_target_mean_and_spread_in_lalphabeta()
    {
        var (source, target) = (LookStatistics.Measure(Warm), LookStatistics.Measure(Base));
        var transfer = new ReinhardTransfer(source, target);

        var mapped = Enumerable.Range(0, Warm.Length / 4).Select(p => transfer.Map(LalphabetaAt(Warm, p))).ToArray();

        var (mean, spread) = (target.Lalphabeta.Mean, target.Lalphabeta.StandardDeviation);
        Assert.Equal(mean.L, mapped.Average(c => c.L), 1e-9);
        Assert.Equal(mean.Alpha, mapped.Average(c => c.Alpha), 1e-9);
        Assert.Equal(mean.Beta, mapped.Average(c => c.Beta), 1e-9);
        Assert.Equal(spread.L, StandardDeviation(mapped.Select(c => c.L)), 1e-9);
        Assert.Equal(spread.Alpha, StandardDeviation(mapped.Select(c => c.Alpha)), 1e-9);
        Assert.Equal(spread.Beta, StandardDeviation(mapped.Select(c => c.Beta)), 1e-9);
    }

    [Fact]
    public void Mkl_carries_the_source_covariance_onto_the_target_covariance()
    {
        var (source, target) = (LookStatistics.Measure(Warm), LookStatistics.Measure(Base));

        var t = new MongeKantorovichTransfer(source, target).Matrix;
        var carried = t * source.Covariance * t.Transpose();

        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                Assert.Equal(target.Covariance[r, c], carried[r, c], 1e-6 * (1 + Math.Abs(target.Covariance[r, c])));
                Assert.Equal(t[r, c], t[c, r], 1e-9);
            }
        }
    }

    [Fact]
    public void Mkl_from_a_greyscale_source_stays_finite()
    {
        var grey = BgraPixels.Map(Base, c => { var y = (byte)((c.R * 3 + c.G * 6 + c.B) / 10); return (y, y, y); });
        var transfer = new MongeKantorovichTransfer(LookStatistics.Measure(grey), LookStatistics.Measure(Base));

        var mapped = transfer.Map(new Lab(50, 20, -20));

        Assert.True(double.IsFinite(mapped.L) && double.IsFinite(mapped.A) && double.IsFinite(mapped.B));
    }

    [Fact]
    public void Histogram_matching_sends_each_source_quantile_to_the_target_quantile_in_lalphabeta()
    {
        var (source, target) = (LookStatistics.Measure(Warm).Lalphabeta, LookStatistics.Measure(Base).Lalphabeta);
        var transfer = new HistogramTransfer(LookStatistics.Measure(Warm), LookStatistics.Measure(Base));

        foreach (var rank in new[] { 0.1, 0.25, 0.5, 0.75, 0.9 })
        {
            var mapped = transfer.Map(new Lalphabeta(source.LQuantiles.ValueAt(rank), source.AlphaQuantiles.ValueAt(rank), source.BetaQuantiles.ValueAt(rank)));

            Assert.Equal(target.LQuantiles.ValueAt(rank), mapped.L, 1e-9);
            Assert.Equal(target.AlphaQuantiles.ValueAt(rank), mapped.Alpha, 1e-9);
            Assert.Equal(target.BetaQuantiles.ValueAt(rank), mapped.Beta, 1e-9);
        }
        // Outside the source's range the map is flat at the target's ends.
        Assert.Equal(target.LQuantiles.Minimum, transfer.Map(new Lalphabeta(source.LQuantiles.Minimum - 1, 0, 0)).L);
        Assert.Equal(target.LQuantiles.Maximum, transfer.Map(new Lalphabeta(source.LQuantiles.Maximum + 1, 0, 0)).L);
    }

    [Theory]
    [InlineData("reinhard")]
    [InlineData("mkl")]
    [InlineData("histogram")]
    public void Matching_an_image_to_itself_changes_almost_nothing(string method)
    {
        var statistics = LookStatistics.Measure(Base);
        var transfer = ColourTransfers.Create(method, statistics, statistics);

        for (var p = 0; p < Base.Length / 4; p += 97)
        {
            var colour = BgraPixels.LabAt(Base, p);
            Assert.True(Ciede2000.Delta(colour, transfer.Map(colour)) < 0.05, $"{method} moved pixel {p}");
        }
    }

    [Fact]
    public void Strength_blends_in_lab()
    {
        var shift = new ShiftTransfer(new Lab(10, -4, 6));
        var colour = new Lab(40, 5, 5);

        Assert.Equal(colour, new BlendedTransfer(shift, 0).Map(colour));
        Assert.Equal(new Lab(45, 3, 8), new BlendedTransfer(shift, 0.5).Map(colour));
        Assert.Equal(new Lab(50, 1, 11), new BlendedTransfer(shift, 1).Map(colour));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BlendedTransfer(shift, 1.5));
    }

    [Fact]
    public void The_methods_are_found_by_name_and_an_unknown_name_lists_them()
    {
        var statistics = LookStatistics.Measure(Base);

        Assert.Equal(new[] { "reinhard", "mkl", "histogram" }, ColourTransfers.Names);
        Assert.IsType<ReinhardTransfer>(ColourTransfers.Create("reinhard", statistics, statistics));
        Assert.IsType<MongeKantorovichTransfer>(ColourTransfers.Create("mkl", statistics, statistics));
        Assert.IsType<HistogramTransfer>(ColourTransfers.Create("histogram", statistics, statistics));
        var error = Assert.Throws<ArgumentException>(() => ColourTransfers.Create("pdf", statistics, statistics));
        Assert.StartsWith("unknown colour transfer 'pdf'; the methods are reinhard, mkl, histogram", error.Message);
    }

    private static Lalphabeta LalphabetaAt(byte[] bgra, int pixel) =>
        LogLms.FromLinear(SrgbCurve.ToLinear(bgra[4 * pixel + 2]), SrgbCurve.ToLinear(bgra[4 * pixel + 1]), SrgbCurve.ToLinear(bgra[4 * pixel]));

    private static double StandardDeviation(IEnumerable<double> values)
    {
        var list = values.ToList();
        var mean = list.Average();
        return Math.Sqrt(list.Average(v => (v - mean) * (v - mean)));
    }

    private sealed class ShiftTransfer(Lab by) : IColourTransfer
    {
        public Lab Map(Lab source) => new(source.L + by.L, source.A + by.A, source.B + by.B);
    }
}
