using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Tests.Look.Colour;

public sealed class PaletteTests
{
    [Fact]
    public void Three_flat_colours_give_three_entries_weighted_by_their_area_heaviest_first()
    {
        // Rows 0-49 brick red, 50-79 moss green, 80-99 night blue.
        var pixels = BgraPixels.Fill(100, 100, (_, y) => y < 50 ? ((byte)170, (byte)60, (byte)40) : y < 80 ? ((byte)80, (byte)110, (byte)50) : ((byte)20, (byte)30, (byte)70));

        var entries = Palette.Of(pixels).Entries;

        Assert.Equal(3, entries.Count);
        Assert.Equal(new[] { 0.5, 0.3, 0.2 }, entries.Select(e => Math.Round(e.Weight, 12)));
        Assert.Equal(Cielab.FromSrgb(170, 60, 40).L, entries[0].Colour.L, 1e-9);
        Assert.Equal(Cielab.FromSrgb(80, 110, 50).A, entries[1].Colour.A, 1e-9);
        Assert.Equal(Cielab.FromSrgb(20, 30, 70).B, entries[2].Colour.B, 1e-9);
    }

    [Fact]
    public void A_varied_image_gives_six_entries_whose_weights_sum_to_one_in_descending_order()
    {
        var entries = Palette.Of(SyntheticStill.Base()).Entries;

        Assert.Equal(Palette.DefaultSize, entries.Count);
        Assert.Equal(1, entries.Sum(e => e.Weight), 12);
        Assert.Equal(entries.OrderByDescending(e => e.Weight), entries);
    }

    [Fact]
    public void The_palette_of_noise_is_the_same_every_time()
    {
        var noise = new byte[4 * 200 * 200];
        new Random(3).NextBytes(noise);

        Assert.Equal(Palette.Of(noise).Entries, Palette.Of(noise).Entries);
    }

    [Fact]
    public void Given_entries_are_normalised_and_ordered()
    {
        var palette = Palette.FromEntries([new(new Lab(20, 0, 0), 1), new(new Lab(80, 5, 5), 3)]);

        Assert.Equal(new[] { new PaletteEntry(new Lab(80, 5, 5), 0.75), new PaletteEntry(new Lab(20, 0, 0), 0.25) }, palette.Entries);
    }
}
