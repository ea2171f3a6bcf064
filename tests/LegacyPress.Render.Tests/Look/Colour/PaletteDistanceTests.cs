using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Tests.Look.Colour;

public sealed class PaletteDistanceTests
{
    [Fact]
    public void Identical_palettes_are_zero_apart()
    {
        var palette = Palette.Of(SyntheticStill.Base());

        Assert.Equal(0, PaletteDistance.EarthMovers(palette, palette), 12);
    }

    [Fact]
    public void A_two_by_two_case_moves_only_the_surplus()
    {
        // a is half L*50, half L*70; b is three quarters L*50. The cheapest plan keeps each colour where it is and moves
        // the 0.25 surplus of L*70 onto L*50: EMD = 0.25 × ΔE00(L*70, L*50). For a pure lightness difference ΔE00 is
        // ΔL / SL with SL = 1 + 0.015 (L̄ − 50)² / √(20 + (L̄ − 50)²) at L̄ = 60: 20 / (1 + 1.5 / √120) = 17.5912.
        var dark = new Lab(50, 0, 0);
        var light = new Lab(70, 0, 0);
        var a = Palette.FromEntries([new(dark, 0.5), new(light, 0.5)]);
        var b = Palette.FromEntries([new(dark, 0.75), new(light, 0.25)]);

        Assert.Equal(0.25 * 20 / (1 + 1.5 / Math.Sqrt(120)), PaletteDistance.EarthMovers(a, b), 9);
        Assert.Equal(4.3978, PaletteDistance.EarthMovers(a, b), 4);
    }

    [Fact]
    public void Two_equal_halves_take_the_cheaper_of_the_two_pairings()
    {
        // With every weight 0.5 the optimal plans are the two pairings (the corners of the feasible set); here the
        // crossed one is cheaper, so a solver that paired entries in order would be caught.
        var x = new Lab(30, 10, 10);
        var y = new Lab(80, -5, 20);
        var p = new Lab(78, -4, 22);
        var q = new Lab(33, 12, 8);
        var a = Palette.FromEntries([new(x, 0.5), new(y, 0.5)]);
        var b = Palette.FromEntries([new(p, 0.5), new(q, 0.5)]);
        var straight = 0.5 * Ciede2000.Delta(x, p) + 0.5 * Ciede2000.Delta(y, q);
        var crossed = 0.5 * Ciede2000.Delta(x, q) + 0.5 * Ciede2000.Delta(y, p);

        Assert.True(crossed < straight);
        Assert.Equal(crossed, PaletteDistance.EarthMovers(a, b), 9);
    }

    [Fact]
    public void The_distance_is_symmetric_and_handles_palettes_of_different_sizes()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 50; trial++)
        {
            var a = RandomPalette(random, 1 + random.Next(6));
            var b = RandomPalette(random, 1 + random.Next(6));

            var forward = PaletteDistance.EarthMovers(a, b);

            Assert.Equal(forward, PaletteDistance.EarthMovers(b, a), 9);
            Assert.True(forward >= 0 && double.IsFinite(forward));
        }
    }

    private static Palette RandomPalette(Random random, int size) =>
        Palette.FromEntries(Enumerable.Range(0, size).Select(_ =>
            new PaletteEntry(new Lab(100 * random.NextDouble(), 80 * random.NextDouble() - 40, 80 * random.NextDouble() - 40), 0.05 + random.NextDouble())));
}
