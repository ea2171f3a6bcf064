using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Tests.Look.Colour;

public sealed class CielabTests
{
    // Published D65 sRGB values (Lindbloom's calculator, the same seven-digit matrix).
    [Theory]
    [InlineData(255, 255, 255, 100.0, 0.0, 0.0)]
    [InlineData(0, 0, 0, 0.0, 0.0, 0.0)]
    [InlineData(128, 128, 128, 53.5850, 0.0, 0.0)]
    [InlineData(255, 0, 0, 53.2408, 80.0925, 67.2032)]
    [InlineData(0, 255, 0, 87.7347, -86.1827, 83.1793)]
    [InlineData(0, 0, 255, 32.2970, 79.1875, -107.8602)]
    public void Srgb_bytes_convert_to_the_published_lab_values(int r, int g, int b, double l, double a, double bStar)
    {
        var lab = Cielab.FromSrgb((byte)r, (byte)g, (byte)b);

        Assert.Equal(l, lab.L, 1e-3);
        Assert.Equal(a, lab.A, 1e-3);
        Assert.Equal(bStar, lab.B, 1e-3);
    }

    [Fact]
    public void Every_byte_colour_on_a_lattice_survives_the_round_trip_through_lab()
    {
        for (var r = 0; r < 256; r += 3)
        {
            for (var g = 0; g < 256; g += 3)
            {
                for (var b = 0; b < 256; b += 3)
                {
                    var back = Cielab.ToSrgbBytes(Cielab.FromSrgb((byte)r, (byte)g, (byte)b));
                    Assert.Equal(((byte)r, (byte)g, (byte)b), back);
                }
            }
        }
    }

    [Theory]
    [InlineData(0.2, 0.5, 0.9)]
    [InlineData(-0.1, 1.2, 0.0)]
    [InlineData(1.5, -0.3, 0.02)]
    public void The_inverse_is_exact_for_unclamped_values_outside_the_gamut(double r, double g, double b)
    {
        var back = Cielab.ToSrgb(Cielab.FromSrgb(new Srgb(r, g, b)));

        Assert.Equal(r, back.R, 1e-9);
        Assert.Equal(g, back.G, 1e-9);
        Assert.Equal(b, back.B, 1e-9);
    }

    [Fact]
    public void The_linearisation_table_holds_the_formula()
    {
        for (var v = 0; v < 256; v++)
        {
            Assert.Equal(SrgbCurve.ToLinear(v / 255.0), SrgbCurve.ToLinear((byte)v));
            Assert.Equal(v / 255.0, SrgbCurve.ToEncoded(SrgbCurve.ToLinear((byte)v)), 1e-12);
        }
    }

    [Fact]
    public void Out_of_gamut_and_broken_colours_clamp_to_bytes()
    {
        Assert.Equal(((byte)255, (byte)255, (byte)255), Cielab.ToSrgbBytes(new Lab(120, 0, 0)));
        Assert.Equal(((byte)0, (byte)0, (byte)0), Cielab.ToSrgbBytes(new Lab(-10, 0, 0)));
        Assert.Equal(((byte)0, (byte)0, (byte)0), Cielab.ToSrgbBytes(new Lab(double.NaN, 0, 0)));
    }
}
