using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Tests.Look.Colour;

/// <summary>
/// Ways two AI stills of the same scene commonly differ, as functions on 8-bit sRGB colours: the five (white
/// balance, gamma, saturation, tint, contrast) and a harder saturation change made in linear light. Each is a single
/// camera/grade difference, made just strong enough that the mean colours are at least 8 ΔE00 apart (8.2–9.5 on
/// <see cref="SyntheticStill"/>); ΔE00 forgives chroma changes on a warm still, so the white-balance and saturation
/// casts are marked rather than subtle.
/// </summary>
internal static class StillCasts
{
    /// <summary>The casts by name, for theories.</summary>
    public static IReadOnlyDictionary<string, Func<(byte R, byte G, byte B), (byte R, byte G, byte B)>> ByName { get; } =
        new Dictionary<string, Func<(byte R, byte G, byte B), (byte R, byte G, byte B)>>
        {
            ["white-balance"] = WhiteBalance,
            ["gamma"] = Gamma,
            ["saturation"] = Saturation,
            ["linear-saturation"] = LinearSaturation,
            ["tint"] = Tint,
            ["contrast"] = Contrast,
        };

    /// <summary>Too cool a white balance (a warm scene balanced for tungsten): linear-light gains, red down 20%, blue up 40%.</summary>
    public static (byte R, byte G, byte B) WhiteBalance((byte R, byte G, byte B) c) =>
        InLinearLight(c, (r, g, b) => (r * 0.80, g, b * 1.40));

    /// <summary>A display-gamma mismatch: encoded values raised to 1.35 (darker mid-tones, same black and white).</summary>
    public static (byte R, byte G, byte B) Gamma((byte R, byte G, byte B) c) =>
        (Encoded(Math.Pow(c.R / 255.0, 1.35)), Encoded(Math.Pow(c.G / 255.0, 1.35)), Encoded(Math.Pow(c.B / 255.0, 1.35)));

    /// <summary>
    /// Washed-out colour as a saturation control makes it (ffmpeg's <c>eq=saturation=0.35</c>, an editor's slider):
    /// Cb and Cr scaled to 35%, which is each encoded channel pulled 65% of the way to the pixel's Rec. 709 luma.
    /// </summary>
    public static (byte R, byte G, byte B) Saturation((byte R, byte G, byte B) c)
    {
        double r = c.R / 255.0, g = c.G / 255.0, b = c.B / 255.0;
        var luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return (Encoded(Desaturated(r, luma)), Encoded(Desaturated(g, luma)), Encoded(Desaturated(b, luma)));
    }

    /// <summary>The same washing-out done in linear light: each channel pulled 65% of the way to the pixel's luminance.</summary>
    public static (byte R, byte G, byte B) LinearSaturation((byte R, byte G, byte B) c) =>
        InLinearLight(c, (r, g, b) =>
        {
            var y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            return (Desaturated(r, y), Desaturated(g, y), Desaturated(b, y));
        });

    private static double Desaturated(double channel, double grey) => grey + 0.35 * (channel - grey);

    /// <summary>A green (fluorescent-light) tint: the green channel's linear light up 20%.</summary>
    public static (byte R, byte G, byte B) Tint((byte R, byte G, byte B) c) =>
        InLinearLight(c, (r, g, b) => (r, g * 1.20, b));

    /// <summary>A faded-film contrast: blacks lifted to 20% and the range compressed to 78%, on encoded values.</summary>
    public static (byte R, byte G, byte B) Contrast((byte R, byte G, byte B) c) =>
        (Encoded(0.2 + 0.78 * c.R / 255.0), Encoded(0.2 + 0.78 * c.G / 255.0), Encoded(0.2 + 0.78 * c.B / 255.0));

    private static (byte R, byte G, byte B) InLinearLight((byte R, byte G, byte B) c, Func<double, double, double, (double R, double G, double B)> change)
    {
        var (r, g, b) = change(SrgbCurve.ToLinear(c.R), SrgbCurve.ToLinear(c.G), SrgbCurve.ToLinear(c.B));
        return (Encoded(SrgbCurve.ToEncoded(r)), Encoded(SrgbCurve.ToEncoded(g)), Encoded(SrgbCurve.ToEncoded(b)));
    }

    private static byte Encoded(double value) => BgraPixels.ToByte(value);
}
