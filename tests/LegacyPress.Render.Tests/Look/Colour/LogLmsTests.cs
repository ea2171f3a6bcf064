using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Tests.Look.Colour;

public sealed class LogLmsTests
{
    [Fact]
    public void Every_byte_colour_on_a_lattice_survives_the_round_trip_through_lalphabeta()
    {
        for (var r = 1; r < 256; r += 17)
        {
            for (var g = 1; g < 256; g += 17)
            {
                for (var b = 1; b < 256; b += 17)
                {
                    var (linearR, linearG, linearB) = (SrgbCurve.ToLinear((byte)r), SrgbCurve.ToLinear((byte)g), SrgbCurve.ToLinear((byte)b));

                    var (backR, backG, backB) = LogLms.ToLinear(LogLms.FromLinear(linearR, linearG, linearB));

                    Assert.Equal(linearR, backR, 1e-12);
                    Assert.Equal(linearG, backG, 1e-12);
                    Assert.Equal(linearB, backB, 1e-12);
                }
            }
        }
    }

    [Fact]
    public void Lab_goes_through_lalphabeta_and_back_unchanged()
    {
        var colour = Cielab.FromSrgb(200, 120, 60);

        var back = LogLms.ToLab(LogLms.FromLab(colour));

        Assert.Equal(colour.L, back.L, 1e-9);
        Assert.Equal(colour.A, back.A, 1e-9);
        Assert.Equal(colour.B, back.B, 1e-9);
    }

    [Fact]
    public void A_gain_on_each_cone_response_is_the_same_shift_for_every_colour()
    {
        // Reinhard et al.'s RGB → LMS matrix: a gain on the cone responses is M⁻¹·diag(gain)·M on linear RGB.
        var lms = Matrix3.FromRows(0.3811, 0.5783, 0.0402, 0.1967, 0.7244, 0.0782, 0.0241, 0.1288, 0.8444);
        var (gainL, gainM, gainS) = (0.9, 1.0, 1.3);
        var gain = lms.Inverse() * Matrix3.Diagonal(gainL, gainM, gainS) * lms;
        var expected = new Lalphabeta(
            (Math.Log10(gainL) + Math.Log10(gainM) + Math.Log10(gainS)) / Math.Sqrt(3),
            (Math.Log10(gainL) + Math.Log10(gainM) - 2 * Math.Log10(gainS)) / Math.Sqrt(6),
            (Math.Log10(gainL) - Math.Log10(gainM)) / Math.Sqrt(2));

        foreach (var (r, g, b) in new[] { (0.2, 0.5, 0.1), (0.8, 0.3, 0.05), (0.04, 0.04, 0.3) })
        {
            var before = LogLms.FromLinear(r, g, b);
            var (gainedR, gainedG, gainedB) = gain.Transform(r, g, b);

            var after = LogLms.FromLinear(gainedR, gainedG, gainedB);

            Assert.Equal(expected.L, after.L - before.L, 1e-12);
            Assert.Equal(expected.Alpha, after.Alpha - before.Alpha, 1e-12);
            Assert.Equal(expected.Beta, after.Beta - before.Beta, 1e-12);
        }
    }

    [Fact]
    public void Black_is_floored_rather_than_infinite()
    {
        var black = LogLms.FromLinear(0, 0, 0);

        Assert.Equal(Math.Log10(LogLms.Floor) * Math.Sqrt(3), black.L, 1e-12);
        Assert.Equal(0, black.Alpha, 1e-12);
        Assert.Equal(0, black.Beta, 1e-12);
    }
}
