using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Tests.Look.Colour;

public sealed class LogarithmTests
{
    [Fact]
    public void It_agrees_with_math_log10_over_the_cone_response_range_and_beyond()
    {
        var random = new Random(29);
        for (var i = 0; i < 200_000; i++)
        {
            var x = i % 2 == 0 ? 1e-4 + random.NextDouble() : Math.Pow(10, 600 * random.NextDouble() - 300);

            var (expected, actual) = (Math.Log10(x), Logarithm.Base10(x));

            Assert.True(Math.Abs(actual - expected) <= 4e-16 * (1 + Math.Abs(expected)), $"log10 {x:R}: {actual:R} against {expected:R}");
        }
        Assert.Equal(0, Logarithm.Base10(1));
        Assert.Equal(-4, Logarithm.Base10(1e-4), 15);
    }

    [Fact]
    public void Zero_negative_and_non_finite_values_are_math_log10s()
    {
        Assert.Equal(double.NegativeInfinity, Logarithm.Base10(0));
        Assert.True(double.IsNaN(Logarithm.Base10(-1)));
        Assert.True(double.IsNaN(Logarithm.Base10(double.NaN)));
        Assert.Equal(double.PositiveInfinity, Logarithm.Base10(double.PositiveInfinity));
        Assert.Equal(Math.Log10(1e-310), Logarithm.Base10(1e-310));
    }
}
