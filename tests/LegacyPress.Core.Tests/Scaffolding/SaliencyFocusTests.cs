using LegacyPress.Core.Model;
using LegacyPress.Core.Scaffolding;

namespace LegacyPress.Core.Tests.Scaffolding;

public sealed class SaliencyFocusTests
{
    private const int Width = 64;
    private const int Height = 36;

    /// <summary>A flat picture with filled discs painted on it, as RGBA bytes; centres and radii are normalised.</summary>
    private static byte[] Picture((byte R, byte G, byte B) background, params (double X, double Y, double Radius, (byte R, byte G, byte B) Colour)[] discs)
    {
        var rgba = new byte[Width * Height * 4];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var colour = background;
                foreach (var disc in discs)
                {
                    // Radius in picture heights, so a disc is round in pixels.
                    var (dx, dy) = (((x + 0.5) / Width - disc.X) * Width / Height, (y + 0.5) / Height - disc.Y);
                    if ((dx * dx) + (dy * dy) <= disc.Radius * disc.Radius)
                    {
                        colour = disc.Colour;
                    }
                }
                var i = ((y * Width) + x) * 4;
                (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) = (colour.R, colour.G, colour.B, 255);
            }
        }
        return rgba;
    }

    private static void AssertNear(double expectedX, double expectedY, FocusPoint actual, double tolerance = 0.04) =>
        Assert.True(Math.Abs(actual.X - expectedX) <= tolerance && Math.Abs(actual.Y - expectedY) <= tolerance, $"expected about ({expectedX}, {expectedY}), got ({actual.X}, {actual.Y})");

    [Fact]
    public void A_flat_picture_has_its_focus_in_the_centre()
    {
        var focus = SaliencyFocus.Estimate(Width, Height, Picture((90, 110, 130)));

        Assert.Equal(FocusPoint.Centre, focus);
    }

    [Theory]
    [InlineData(0.25, 0.3)]
    [InlineData(0.7, 0.65)]
    [InlineData(0.5, 0.5)]
    public void A_red_subject_on_grey_is_found_where_it_is(double x, double y)
    {
        var focus = SaliencyFocus.Estimate(Width, Height, Picture((128, 128, 128), (x, y, 0.12, (220, 30, 30))));

        AssertNear(x, y, focus);
    }

    [Fact]
    public void A_dark_figure_on_a_pale_sky_counts_as_much_as_a_bright_one()
    {
        var focus = SaliencyFocus.Estimate(Width, Height, Picture((225, 235, 245), (0.3, 0.6, 0.12, (20, 20, 25))));

        AssertNear(0.3, 0.6, focus);
    }

    [Fact]
    public void Colour_that_only_differs_in_hue_stands_out_as_it_does_to_the_eye()
    {
        // Same lightness in Lab (about 55), different hue: a plain brightness measure would see nothing here.
        var focus = SaliencyFocus.Estimate(Width, Height, Picture((119, 136, 120), (0.75, 0.35, 0.12, (200, 105, 125))));

        AssertNear(0.75, 0.35, focus);
    }

    [Fact]
    public void Of_two_equal_subjects_the_one_nearer_the_middle_weighs_more()
    {
        var focus = SaliencyFocus.Estimate(Width, Height, Picture((128, 128, 128), (0.4, 0.5, 0.1, (240, 200, 0)), (0.9, 0.5, 0.1, (240, 200, 0))));

        // Without the centre bias the centroid would sit halfway, at 0.65.
        Assert.InRange(focus.X, 0.45, 0.62);
        AssertNear(focus.X, 0.5, focus);
    }

    [Fact]
    public void Film_grain_over_the_background_does_not_move_the_subject()
    {
        var picture = Picture((128, 128, 128), (0.3, 0.4, 0.12, (30, 90, 220)));
        var noise = new Random(7);
        for (var i = 0; i < picture.Length; i++)
        {
            if (i % 4 != 3)
            {
                picture[i] = (byte)Math.Clamp(picture[i] + noise.Next(-12, 13), 0, 255);
            }
        }

        AssertNear(0.3, 0.4, SaliencyFocus.Estimate(Width, Height, picture));
    }

    [Fact]
    public void The_estimate_is_rounded_to_two_decimals_for_film_yaml()
    {
        var focus = SaliencyFocus.Estimate(Width, Height, Picture((128, 128, 128), (0.33, 0.61, 0.1, (255, 255, 255))));

        Assert.Equal(focus.X, Math.Round(focus.X, 2));
        Assert.Equal(focus.Y, Math.Round(focus.Y, 2));
    }

    [Fact]
    public void A_buffer_of_the_wrong_size_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SaliencyFocus.Estimate(Width, Height, new byte[10]));
    }
}
