namespace LegacyPress.Render.Look.Colour;

/// <summary>The sRGB transfer function (IEC 61966-2-1): gamma-encoded channel values to linear light and back.</summary>
public static class SrgbCurve
{
    // Every 8-bit pixel is linearised three times per analysis, and pow is the slow part: a table of the 256 answers.
    private static readonly double[] ByteToLinear = Enumerable.Range(0, 256).Select(v => ToLinear(v / 255.0)).ToArray();

    /// <summary>Linear light of an 8-bit encoded channel value.</summary>
    public static double ToLinear(byte encoded) => ByteToLinear[encoded];

    /// <summary>Linear light of an encoded value; odd-symmetric below 0 so out-of-range values stay invertible.</summary>
    public static double ToLinear(double encoded) =>
        encoded < 0 ? -ToLinear(-encoded)
        : encoded <= 0.04045 ? encoded / 12.92
        : Math.Pow((encoded + 0.055) / 1.055, 2.4);

    /// <summary>The encoded value of linear light; the exact inverse of <see cref="ToLinear(double)"/>.</summary>
    public static double ToEncoded(double linear) =>
        linear < 0 ? -ToEncoded(-linear)
        : linear <= 0.0031308 ? linear * 12.92
        : 1.055 * Math.Pow(linear, 1 / 2.4) - 0.055;
}
