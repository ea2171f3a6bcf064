using System.Runtime.CompilerServices;

namespace LegacyPress.Render.Look.Colour;

/// <summary>Conversions between sRGB and CIELAB: sRGB → linear → XYZ (D65) → L*a*b* with the D65 white, and back.</summary>
public static class Cielab
{
    public const double WhiteX = 0.95047;
    public const double WhiteY = 1.0;
    public const double WhiteZ = 1.08883;

    // The sRGB → XYZ matrix to seven digits (derived from the primaries and D65) rather than the standard's four, so
    // that sRGB white lands on (Xn, Yn, Zn) and has a* = b* = 0 instead of a few hundredths off. Constants, so the
    // per-pixel path is plain arithmetic with nothing to load or bounds-check.
    private const double Xr = 0.4124564, Xg = 0.3575761, Xb = 0.1804375;
    private const double Yr = 0.2126729, Yg = 0.7151522, Yb = 0.0721750;
    private const double Zr = 0.0193339, Zg = 0.1191920, Zb = 0.9503041;

    private static readonly Matrix3 SrgbToXyz = Matrix3.FromRows(Xr, Xg, Xb, Yr, Yg, Yb, Zr, Zg, Zb);

    // Inverted rather than typed from a table, so Lab → sRGB undoes sRGB → Lab to rounding error.
    private static readonly Matrix3 XyzToSrgb = SrgbToXyz.Inverse();

    // CIE's ε = (6/29)³ and the slope of the linear segment near black, written as the 6/29 they come from.
    private const double Delta = 6.0 / 29.0;
    private const double DeltaCubed = Delta * Delta * Delta;
    private const double LinearSlope = 1 / (3 * Delta * Delta);

    /// <summary>The Lab colour of an 8-bit sRGB colour.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lab FromSrgb(byte r, byte g, byte b) =>
        FromLinearSrgb(SrgbCurve.ToLinear(r), SrgbCurve.ToLinear(g), SrgbCurve.ToLinear(b));

    /// <summary>The Lab colour of an sRGB colour given as encoded values (not clamped).</summary>
    public static Lab FromSrgb(Srgb colour) =>
        FromLinearSrgb(SrgbCurve.ToLinear(colour.R), SrgbCurve.ToLinear(colour.G), SrgbCurve.ToLinear(colour.B));

    /// <summary>The sRGB colour of a Lab colour as encoded values, not clamped (colours outside the gamut leave 0..1).</summary>
    public static Srgb ToSrgb(Lab lab)
    {
        var (r, g, b) = ToLinearSrgb(lab);
        return new Srgb(SrgbCurve.ToEncoded(r), SrgbCurve.ToEncoded(g), SrgbCurve.ToEncoded(b));
    }

    /// <summary>The linear-light sRGB colour of a Lab colour, not clamped.</summary>
    public static (double R, double G, double B) ToLinearSrgb(Lab lab)
    {
        var fy = (lab.L + 16) / 116;
        var x = WhiteX * InverseF(fy + lab.A / 500);
        var y = WhiteY * InverseF(fy);
        var z = WhiteZ * InverseF(fy - lab.B / 200);
        return XyzToSrgb.Transform(x, y, z);
    }

    /// <summary>The nearest 8-bit sRGB colour of a Lab colour, each channel clamped to 0..255.</summary>
    public static (byte R, byte G, byte B) ToSrgbBytes(Lab lab)
    {
        var srgb = ToSrgb(lab);
        return (ToByte(srgb.R), ToByte(srgb.G), ToByte(srgb.B));
    }

    /// <summary>The Lab colour of a linear-light sRGB colour (not clamped); the inverse of <see cref="ToLinearSrgb"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lab FromLinearSrgb(double r, double g, double b)
    {
        var fx = F((Xr * r + Xg * g + Xb * b) / WhiteX);
        var fy = F((Yr * r + Yg * g + Yb * b) / WhiteY);
        var fz = F((Zr * r + Zg * g + Zb * b) / WhiteZ);
        return new Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double F(double t) => t > DeltaCubed ? CubeRoot.Of(t) : t * LinearSlope + 4.0 / 29.0;

    private static double InverseF(double f) => f > Delta ? f * f * f : (f - 4.0 / 29.0) / LinearSlope;

    // NaN (a broken transfer) becomes 0 rather than an undefined cast.
    private static byte ToByte(double encoded) =>
        double.IsNaN(encoded) ? (byte)0 : (byte)Math.Clamp(Math.Round(encoded * 255), 0, 255);
}
