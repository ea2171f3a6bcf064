namespace LegacyPress.Render.Encoding;

/// <summary>
/// The BT.709 limited-range ("TV") RGB → YCbCr matrix in 16.16 fixed point, shared by every conversion path so
/// that they all round exactly alike.
/// </summary>
internal static class Bt709FixedPoint
{
    // BT.709 luma weights; Cb/Cr scale (B − Y)/(2(1 − Kb)) and (R − Y)/(2(1 − Kr)) into ±112 around 128.
    private const double Kr = 0.2126;
    private const double Kb = 0.0722;
    private const double Kg = 1 - Kr - Kb;
    private const double LumaScale = 219.0 / 255.0;
    private const double ChromaScale = 224.0 / 255.0;

    public const int Shift = 16;

    /// <summary>Added before the luma shift: the 16 of limited range plus a half for rounding.</summary>
    public const int LumaOffset = (16 << Shift) + (1 << (Shift - 1));

    /// <summary>Chroma sums the four pixels of a 2x2 block, so it carries two more fractional bits.</summary>
    public const int ChromaShift = Shift + 2;

    /// <summary>Added before the chroma shift: the 128 of the zero point plus a half for rounding.</summary>
    public const int ChromaOffset = (128 << ChromaShift) + (1 << (ChromaShift - 1));

    public static readonly int YR = Fixed(Kr * LumaScale);
    public static readonly int YG = Fixed(Kg * LumaScale);
    public static readonly int YB = Fixed(Kb * LumaScale);
    public static readonly int UR = Fixed(-Kr / (2 * (1 - Kb)) * ChromaScale);
    public static readonly int UG = Fixed(-Kg / (2 * (1 - Kb)) * ChromaScale);
    public static readonly int UB = Fixed(0.5 * ChromaScale);
    public static readonly int VR = Fixed(0.5 * ChromaScale);
    public static readonly int VG = Fixed(-Kg / (2 * (1 - Kr)) * ChromaScale);
    public static readonly int VB = Fixed(-Kb / (2 * (1 - Kr)) * ChromaScale);

    private static int Fixed(double coefficient) => (int)Math.Round(coefficient * (1 << Shift));
}
