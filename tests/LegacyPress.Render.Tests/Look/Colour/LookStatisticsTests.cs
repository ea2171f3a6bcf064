using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Tests.Look.Colour;

public sealed class LookStatisticsTests
{
    private static readonly (byte R, byte G, byte B) Teal = (30, 120, 130);
    private static readonly (byte R, byte G, byte B) Sand = (220, 190, 140);

    [Fact]
    public void Two_equal_halves_give_the_midpoint_mean_and_half_the_difference_as_spread()
    {
        var pixels = BgraPixels.Fill(128, 64, (x, _) => x < 64 ? Teal : Sand);
        var (teal, sand) = (Cielab.FromSrgb(Teal.R, Teal.G, Teal.B), Cielab.FromSrgb(Sand.R, Sand.G, Sand.B));

        var statistics = LookStatistics.Measure(pixels);

        Assert.Equal(128 * 64, statistics.PixelCount);
        Assert.Equal((teal.L + sand.L) / 2, statistics.Mean.L, 1e-9);
        Assert.Equal((teal.A + sand.A) / 2, statistics.Mean.A, 1e-9);
        Assert.Equal((teal.B + sand.B) / 2, statistics.Mean.B, 1e-9);
        Assert.Equal(Math.Abs(sand.L - teal.L) / 2, statistics.StandardDeviation.L, 1e-9);
        Assert.Equal(Math.Abs(sand.B - teal.B) / 2, statistics.StandardDeviation.B, 1e-9);
        Assert.Equal((sand.L - teal.L) * (sand.A - teal.A) / 4, statistics.Covariance[0, 1], 1e-9);
        Assert.Equal(statistics.Covariance[0, 1], statistics.Covariance[1, 0]);
        Assert.Equal((sand.A - teal.A) * (sand.B - teal.B) / 4, statistics.Covariance[1, 2], 1e-9);
        Assert.Equal(teal.L, statistics.LightnessP5, 0.05);
        Assert.Equal(sand.L, statistics.LightnessP95, 0.05);
        Assert.Equal(sand.L - teal.L, statistics.Contrast, 0.1);
        Assert.Equal(sand.L, statistics.WhitePoint.L, 1e-9);
        Assert.Equal(sand.A, statistics.WhitePoint.A, 1e-9);
        Assert.Equal(sand.B, statistics.WhitePoint.B, 1e-9);
    }

    [Fact]
    public void The_white_point_is_the_mean_of_the_brightest_two_percent()
    {
        var random = new Random(5);
        // 100x100: the first 150 pixels are one warm highlight, the next 100 a slightly darker one, the rest darker still.
        var pixels = BgraPixels.Fill(100, 100, (x, y) => (y * 100 + x) switch
        {
            < 150 => ((byte)250, (byte)240, (byte)225),
            < 250 => ((byte)245, (byte)235, (byte)220),
            _ => ((byte)random.Next(200), (byte)random.Next(200), (byte)random.Next(200)),
        });
        var (brightest, next) = (Cielab.FromSrgb(250, 240, 225), Cielab.FromSrgb(245, 235, 220));

        var white = LookStatistics.Measure(pixels).WhitePoint;

        // 2% of 10000 is 200: all 150 of the brightest and 50 of the next.
        Assert.Equal((150 * brightest.L + 50 * next.L) / 200, white.L, 1e-9);
        Assert.Equal((150 * brightest.B + 50 * next.B) / 200, white.B, 1e-9);
    }

    [Fact]
    public void Percentiles_of_a_lightness_ramp_are_where_they_should_be()
    {
        // Every grey level equally often: L* percentiles follow the grey level at that rank.
        var pixels = BgraPixels.Fill(256, 64, (x, _) => ((byte)x, (byte)x, (byte)x));

        var statistics = LookStatistics.Measure(pixels);

        Assert.Equal(Cielab.FromSrgb(12, 12, 12).L, statistics.LightnessP5, 0.6);
        Assert.Equal(Cielab.FromSrgb(243, 243, 243).L, statistics.LightnessP95, 0.6);
    }

    [Fact]
    public void Fewer_than_64x64_pixels_are_refused()
    {
        var error = Assert.Throws<LookAnalysisException>(() => LookStatistics.Measure(BgraPixels.Fill(64, 63, (x, _) => x < 32 ? Teal : Sand)));

        Assert.Equal(LookAnalysisProblem.TooFewPixels, error.Problem);
        Assert.Equal("the image has 4032 pixels; measuring a look needs at least 4096 (64x64)", error.Message);
    }

    [Fact]
    public void A_single_flat_colour_is_refused()
    {
        var error = Assert.Throws<LookAnalysisException>(() => LookStatistics.Measure(BgraPixels.Fill(128, 128, (_, _) => Sand)));

        Assert.Equal(LookAnalysisProblem.SingleColour, error.Problem);
        Assert.Contains("single flat colour", error.Message);
    }

    [Fact]
    public void Measuring_the_same_image_twice_gives_the_same_palette()
    {
        var pixels = SyntheticStill.Base();

        var first = LookStatistics.Measure(pixels).Palette.Entries;
        var second = LookStatistics.Measure(pixels).Palette.Entries;

        Assert.Equal(first, second);
    }
}
