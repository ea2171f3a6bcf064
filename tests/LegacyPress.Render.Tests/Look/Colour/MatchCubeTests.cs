using LegacyPress.Render.Look;
using LegacyPress.Render.Look.Colour;
using LegacyPress.TestSupport;

namespace LegacyPress.Render.Tests.Look.Colour;

public sealed class MatchCubeTests
{
    [Fact]
    public void An_identity_transfer_bakes_the_identity_grid_in_cube_order()
    {
        const int size = 5;

        var grid = MatchCube.Bake(new IdentityTransfer(), strength: 1, size);

        Assert.Equal(3 * size * size * size, grid.Length);
        var i = 0;
        for (var b = 0; b < size; b++)
        {
            for (var g = 0; g < size; g++)
            {
                for (var r = 0; r < size; r++)
                {
                    Assert.Equal(r / (size - 1f), grid[i++], 1e-6);
                    Assert.Equal(g / (size - 1f), grid[i++], 1e-6);
                    Assert.Equal(b / (size - 1f), grid[i++], 1e-6);
                }
            }
        }
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(1e300)]
    public void A_transfer_that_breaks_down_still_bakes_a_finite_clamped_grid(double broken)
    {
        var grid = MatchCube.Bake(new BrokenTransfer(broken), strength: 1, size: 9);

        Assert.All(grid, v => Assert.True(v is >= 0 and <= 1, $"{v}"));
    }

    [Fact]
    public void Strength_zero_bakes_the_identity_whatever_the_transfer()
    {
        var grid = MatchCube.Bake(new BrokenTransfer(1e6), strength: 0, size: 3);

        Assert.Equal(0.5f, grid[3 * (1 + 3 * (1 + 3 * 1))], 1e-6);
    }

    [Fact]
    public void Written_cube_text_reads_back_with_cube_lut()
    {
        var baseStill = SyntheticStill.Base();
        var warm = LookStatistics.Measure(BgraPixels.Map(baseStill, StillCasts.WhiteBalance));
        var grid = MatchCube.Bake(new ReinhardTransfer(warm, LookStatistics.Measure(baseStill)), strength: 0.7, size: 7);
        using var text = new StringWriter();

        CubeText.Write(text, grid, 7, "match warm to base");
        var lut = CubeLut.Parse(text.ToString(), "match.cube");

        Assert.Equal("match warm to base", lut.Title);
        Assert.Equal(7, lut.Size);
        Assert.Equal((0f, 0f, 0f), lut.DomainMin);
        Assert.Equal((1f, 1f, 1f), lut.DomainMax);
        for (var b = 0; b < 7; b++)
        {
            for (var g = 0; g < 7; g++)
            {
                for (var r = 0; r < 7; r++)
                {
                    var i = 3 * (r + 7 * (g + 7 * b));
                    Assert.Equal(grid[i], lut[r, g, b].R, 1e-6);
                    Assert.Equal(grid[i + 1], lut[r, g, b].G, 1e-6);
                    Assert.Equal(grid[i + 2], lut[r, g, b].B, 1e-6);
                }
            }
        }
    }

    [Fact]
    public void Shipped_luts_rewrite_to_the_same_text()
    {
        // CubeLut.ToCubeText now goes through CubeText; the committed files must still come out byte for byte.
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "templates", "luts"), "*.cube"))
        {
            var text = File.ReadAllText(path);
            var comments = text.Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal)).Select(l => l[2..]);

            Assert.Equal(text, CubeLut.Parse(text, path).ToCubeText(comments));
        }
    }

    private sealed class IdentityTransfer : IColourTransfer
    {
        public Lab Map(Lab source) => source;
    }

    private sealed class BrokenTransfer(double value) : IColourTransfer
    {
        public Lab Map(Lab source) => new(value, value, -value);
    }
}
