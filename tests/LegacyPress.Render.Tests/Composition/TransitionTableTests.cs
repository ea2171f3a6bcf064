using LegacyPress.Core.Model;
using LegacyPress.Render.Composition.Transitions;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Composition;

public class TransitionTableTests
{
    private static readonly SKColor Red = new(220, 30, 30);
    private static readonly SKColor Blue = new(30, 40, 220);

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var kind in TransitionKinds.Known)
        {
            data.Add(kind);
        }
        return data;
    }

    [Fact]
    public void The_table_implements_exactly_the_transitions_core_names()
    {
        Assert.Equal(TransitionKinds.Known.Order(StringComparer.Ordinal), TransitionTable.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_kind_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => TransitionTable.For("spin"));
        Assert.Contains("'spin'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_transition_starts_on_the_outgoing_picture_and_ends_on_the_incoming(string kind)
    {
        using var from = Pixels.Solid(Red);
        using var to = Pixels.Solid(Blue);
        var transition = TransitionTable.For(kind);

        using (var start = Pixels.Compose(transition, from, to, 0))
        {
            Pixels.All(start, Red);
        }
        using (var end = Pixels.Compose(transition, from, to, 1))
        {
            Pixels.All(end, Blue);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_transition_midpoint_covers_the_frame_with_picture_or_light(string kind)
    {
        using var from = Pixels.Solid(Red);
        using var to = Pixels.Solid(Blue);

        using var mid = Pixels.Compose(TransitionTable.For(kind), from, to, 0.5f);

        // Nothing of the black canvas below may show through, except where a dip to black means it.
        if (kind != "dip-to-black")
        {
            Assert.All(Enumerable.Range(0, mid.Width * mid.Height), i => Assert.True(Pixels.Luma(mid.GetPixel(i % mid.Width, i / mid.Width)) > 20, $"dark pixel {i}"));
        }
    }

    [Fact]
    public void Crossfade_midpoint_is_an_even_mix()
    {
        using var from = Pixels.Solid(Red);
        using var to = Pixels.Solid(Blue);

        using var mid = Pixels.Compose(TransitionTable.For("crossfade"), from, to, 0.5f);

        Pixels.All(mid, new SKColor(125, 35, 125), tolerance: 2);
    }

    [Theory]
    [InlineData("dip-to-black", 0, 0, 0)]
    [InlineData("dip-to-white", 255, 255, 255)]
    public void A_dip_is_the_flat_colour_at_its_midpoint(string kind, byte r, byte g, byte b)
    {
        using var from = Pixels.Solid(Red);
        using var to = Pixels.Solid(Blue);

        using var mid = Pixels.Compose(TransitionTable.For(kind), from, to, 0.5f);

        Pixels.All(mid, new SKColor(r, g, b));
    }

    [Fact]
    public void Wipe_left_at_its_midpoint_splits_the_frame_down_the_middle()
    {
        using var from = Pixels.Solid(Red);
        using var to = Pixels.Solid(Blue);

        using var mid = Pixels.Compose(TransitionTable.For("wipe-left"), from, to, 0.5f);

        for (var y = 0; y < mid.Height; y++)
        {
            Pixels.Near(Red, mid.GetPixel(0, y));
            Pixels.Near(Red, mid.GetPixel(mid.Width / 2 - 1, y));
            Pixels.Near(Blue, mid.GetPixel(mid.Width / 2, y));
            Pixels.Near(Blue, mid.GetPixel(mid.Width - 1, y));
        }
    }

    [Fact]
    public void Wipe_up_uncovers_the_incoming_picture_from_the_bottom()
    {
        using var from = Pixels.Solid(Red);
        using var to = Pixels.Solid(Blue);

        using var quarter = Pixels.Compose(TransitionTable.For("wipe-up"), from, to, 0.25f);

        Pixels.Near(Blue, quarter.GetPixel(10, quarter.Height - 1));
        Pixels.Near(Red, quarter.GetPixel(10, quarter.Height / 2));
    }

    [Fact]
    public void A_wipe_edge_between_pixels_is_blended_not_rounded()
    {
        using var from = Pixels.Solid(Red);
        using var to = Pixels.Solid(Blue);

        // The edge at x = 64 * 0.5 + 0.5 (half a pixel into column 32) leaves that column half and half.
        using var frame = Pixels.Compose(TransitionTable.For("wipe-right"), from, to, 32.5f / 64);

        var seam = frame.GetPixel(32, 10);
        Assert.InRange(seam.Red, 100, 150);
        Assert.InRange(seam.Blue, 100, 150);
    }

    [Fact]
    public void Push_left_moves_both_pictures_left_by_the_same_amount()
    {
        using var from = Pixels.Halves(SKColors.Red, SKColors.Lime);
        using var to = Pixels.Halves(SKColors.Blue, SKColors.Yellow);

        using var mid = Pixels.Compose(TransitionTable.For("push-left"), from, to, 0.5f);

        // The outgoing picture's right half now fills the left; the incoming picture's left half the right.
        Pixels.Near(SKColors.Lime, mid.GetPixel(4, 10));
        Pixels.Near(SKColors.Blue, mid.GetPixel(mid.Width - 4, 10));
    }

    [Fact]
    public void Slide_right_brings_the_incoming_picture_over_the_still_outgoing_one()
    {
        using var from = Pixels.Halves(SKColors.Red, SKColors.Lime);
        using var to = Pixels.Halves(SKColors.Blue, SKColors.Yellow);

        using var mid = Pixels.Compose(TransitionTable.For("slide-right"), from, to, 0.5f);

        Pixels.Near(SKColors.Yellow, mid.GetPixel(4, 10));
        Pixels.Near(SKColors.Lime, mid.GetPixel(mid.Width - 4, 10));
    }

    [Fact]
    public void Iris_opens_from_the_centre()
    {
        using var from = Pixels.Solid(Red);
        using var to = Pixels.Solid(Blue);

        using var mid = Pixels.Compose(TransitionTable.For("iris"), from, to, 0.5f);

        Pixels.Near(Blue, mid.GetPixel(mid.Width / 2, mid.Height / 2));
        Pixels.Near(Red, mid.GetPixel(0, 0));
        Pixels.Near(Red, mid.GetPixel(mid.Width - 1, mid.Height - 1));
    }

    [Fact]
    public void Clock_wipe_at_a_quarter_has_swept_from_twelve_to_three()
    {
        using var from = Pixels.Solid(Red);
        using var to = Pixels.Solid(Blue);

        using var quarter = Pixels.Compose(TransitionTable.For("clock-wipe"), from, to, 0.25f);

        Pixels.Near(Blue, quarter.GetPixel(quarter.Width * 3 / 4, quarter.Height / 4));
        Pixels.Near(Red, quarter.GetPixel(quarter.Width / 4, quarter.Height / 4));
        Pixels.Near(Red, quarter.GetPixel(quarter.Width * 3 / 4, quarter.Height * 3 / 4));
    }

    [Fact]
    public void Zoom_through_flies_into_the_outgoing_picture_about_the_centre()
    {
        using var from = LineAt(40);
        using var to = Pixels.Solid(SKColors.Black);

        using var mid = Pixels.Compose(TransitionTable.For("zoom-through"), from, to, 0.5f);

        // At 0.5 the outgoing picture is scaled 1.4x about x = 32 (half faded): its line moves from 40 to 43.2.
        Assert.True(mid.GetPixel(43, 18).Red > mid.GetPixel(40, 18).Red + 40, $"{mid.GetPixel(43, 18)} vs {mid.GetPixel(40, 18)}");
    }

    [Fact]
    public void Film_burn_flares_at_its_midpoint_and_repeats_exactly_for_a_seed()
    {
        using var from = Pixels.Solid(new SKColor(60, 60, 60));
        using var to = Pixels.Solid(new SKColor(60, 60, 60));
        var burn = TransitionTable.For("film-burn");

        using var mid = Pixels.Compose(burn, from, to, 0.5f, seed: 42);
        using var again = Pixels.Compose(burn, from, to, 0.5f, seed: 42);
        using var other = Pixels.Compose(burn, from, to, 0.3f, seed: 7);

        Assert.True(MeanLuma(mid) > 180, $"mean luma {MeanLuma(mid):0}");
        Assert.Equal(mid.Bytes, again.Bytes);
        Assert.NotEqual(mid.Bytes, other.Bytes);
    }

    private static SKImage LineAt(int x)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Pixels.Size.Width, Pixels.Size.Height, SKColorType.Bgra8888, SKAlphaType.Premul))!;
        surface.Canvas.Clear(SKColors.Black);
        using var paint = new SKPaint { Color = SKColors.Red };
        surface.Canvas.DrawRect(x, 0, 1, Pixels.Size.Height, paint);
        return surface.Snapshot();
    }

    private static double MeanLuma(SKBitmap bitmap) =>
        Enumerable.Range(0, bitmap.Width * bitmap.Height).Average(i => Pixels.Luma(bitmap.GetPixel(i % bitmap.Width, i / bitmap.Width)));
}
