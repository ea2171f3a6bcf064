using System.Runtime.CompilerServices;

namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// Conversions between linear sRGB (or CIELAB) and lαβ as Reinhard, Adhikhmin, Gooch &amp; Shirley (2001) define it:
/// linear RGB → LMS cone responses by their matrix, log10, then Ruderman's decorrelating transform
/// l = (L+M+S)/√3, α = (L+M−2S)/√6, β = (L−M)/√2. A gain on each cone (near enough, a white-balance gain on linear
/// RGB) is a constant shift there, which a transfer of means undoes exactly.
/// </summary>
public static class LogLms
{
    /// <summary>
    /// Linear LMS is clamped up to this before the log, so black (and anything a transfer pushes to or below zero)
    /// has a finite lαβ: 1e-4 is below every non-black 8-bit sRGB colour's cone responses (one level of red alone gives
    /// L ≈ 1.2e-4), so only black and colours within a level of it are moved, by less than 8 bits resolve.
    /// </summary>
    public const double Floor = 1e-4;

    // Reinhard et al.'s RGB → LMS matrix (their equation 4, sRGB primaries with D65 white). Its rows sum to 0.997–1.000,
    // so a grey lies a few thousandths off α = β = 0; a transfer only compares colours in the space, so that is harmless.
    private const double Lr = 0.3811, Lg = 0.5783, Lb = 0.0402;
    private const double Mr = 0.1967, Mg = 0.7244, Mb = 0.0782;
    private const double Sr = 0.0241, Sg = 0.1288, Sb = 0.8444;

    private static readonly Matrix3 RgbToLms = Matrix3.FromRows(Lr, Lg, Lb, Mr, Mg, Mb, Sr, Sg, Sb);

    // Inverted rather than typed from the paper's four-digit inverse, so lαβ → RGB undoes RGB → lαβ to rounding error.
    private static readonly Matrix3 LmsToRgb = RgbToLms.Inverse();

    private static readonly double InverseRoot2 = 1 / Math.Sqrt(2);
    private static readonly double InverseRoot3 = 1 / Math.Sqrt(3);
    private static readonly double InverseRoot6 = 1 / Math.Sqrt(6);

    /// <summary>The lαβ of a linear-light sRGB colour (cone responses below <see cref="Floor"/> taken as the floor).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lalphabeta FromLinear(double r, double g, double b) =>
        FromLogLms(
            Logarithm.Base10(Math.Max(Lr * r + Lg * g + Lb * b, Floor)),
            Logarithm.Base10(Math.Max(Mr * r + Mg * g + Mb * b, Floor)),
            Logarithm.Base10(Math.Max(Sr * r + Sg * g + Sb * b, Floor)));

    /// <summary>
    /// The linear-light sRGB colour of an lαβ colour: the exact inverse of <see cref="FromLinear"/> for every colour whose
    /// cone responses are at least <see cref="Floor"/> (every 8-bit colour but black), not clamped to the gamut.
    /// </summary>
    public static (double R, double G, double B) ToLinear(Lalphabeta colour)
    {
        var (l, alpha, beta) = (colour.L * InverseRoot3, colour.Alpha * InverseRoot6, colour.Beta * InverseRoot2);
        var logL = l + alpha + beta;
        var logM = l + alpha - beta;
        var logS = l - 2 * alpha;
        return LmsToRgb.Transform(Math.Pow(10, logL), Math.Pow(10, logM), Math.Pow(10, logS));
    }

    /// <summary>The lαβ of a CIELAB colour, through linear sRGB (out-of-gamut colours are not clamped, only floored as cone responses).</summary>
    public static Lalphabeta FromLab(Lab colour)
    {
        var (r, g, b) = Cielab.ToLinearSrgb(colour);
        return FromLinear(r, g, b);
    }

    /// <summary>The CIELAB colour of an lαβ colour, through linear sRGB; the inverse of <see cref="FromLab"/> above the floor.</summary>
    public static Lab ToLab(Lalphabeta colour)
    {
        var (r, g, b) = ToLinear(colour);
        return Cielab.FromLinearSrgb(r, g, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Lalphabeta FromLogLms(double logL, double logM, double logS) => new(
        (logL + logM + logS) * InverseRoot3,
        (logL + logM - 2 * logS) * InverseRoot6,
        (logL - logM) * InverseRoot2);
}
