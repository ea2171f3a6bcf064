using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Tests.Look.Colour;

public sealed class CubeRootTests
{
    [Fact]
    public void The_table_path_agrees_with_math_cbrt_over_the_colour_range()
    {
        var random = new Random(27);
        for (var i = 0; i < 200_000; i++)
        {
            var t = 0.008 + 0.992 * random.NextDouble();

            AssertClose(t, 1e-13);
        }
        AssertClose(0.008, 1e-13);
        AssertClose(1, 1e-13);
    }

    [Fact]
    public void Outside_the_table_it_agrees_with_math_cbrt_to_a_few_units_in_the_last_place()
    {
        var random = new Random(28);
        for (var i = 0; i < 200_000; i++)
        {
            var t = Math.Pow(10, 600 * random.NextDouble() - 300);
            if (t is < 0.008 or > 1)
            {
                AssertClose(t, 1.6e-15);
            }
        }
        Assert.Equal(0, CubeRoot.Of(0));
        Assert.Equal(-2, CubeRoot.Of(-8), 15);
        Assert.Equal(double.PositiveInfinity, CubeRoot.Of(double.PositiveInfinity));
        Assert.True(double.IsNaN(CubeRoot.Of(double.NaN)));
    }

    private static void AssertClose(double t, double relative)
    {
        var expected = Math.Cbrt(t);
        Assert.True(Math.Abs(CubeRoot.Of(t) - expected) <= relative * expected, $"∛{t:R}: {CubeRoot.Of(t):R} against {expected:R}");
    }
}
