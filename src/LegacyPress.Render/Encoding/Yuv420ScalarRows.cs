using System.Runtime.CompilerServices;
using static LegacyPress.Render.Encoding.Bt709FixedPoint;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// The plain-integer conversion of a row pair: the definition the vector paths must match byte for byte, their
/// tail for the pixels left over after the last full vector, and the path for machines without SIMD.
/// </summary>
internal static unsafe class Yuv420ScalarRows
{
    /// <summary>Converts pixels [<paramref name="fromPixel"/>, <paramref name="widthPixels"/>); both are even.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Convert(in Yuv420RowPair rows, int fromPixel, int widthPixels)
    {
        byte* row0 = rows.Bgra0, row1 = rows.Bgra1, y0 = rows.Y0, y1 = rows.Y1, u = rows.U, v = rows.V;
        int yr = YR, yg = YG, yb = YB, ur = UR, ug = UG, ub = UB, vr = VR, vg = VG, vb = VB;

        for (var i = fromPixel / 2; i < widthPixels / 2; i++)
        {
            var a = row0 + 8 * i;
            var c = row1 + 8 * i;
            int b0 = a[0], g0 = a[1], r0 = a[2];
            int b1 = a[4], g1 = a[5], r1 = a[6];
            int b2 = c[0], g2 = c[1], r2 = c[2];
            int b3 = c[4], g3 = c[5], r3 = c[6];

            y0[2 * i] = (byte)((yr * r0 + yg * g0 + yb * b0 + LumaOffset) >> Shift);
            y0[2 * i + 1] = (byte)((yr * r1 + yg * g1 + yb * b1 + LumaOffset) >> Shift);
            y1[2 * i] = (byte)((yr * r2 + yg * g2 + yb * b2 + LumaOffset) >> Shift);
            y1[2 * i + 1] = (byte)((yr * r3 + yg * g3 + yb * b3 + LumaOffset) >> Shift);

            int r = r0 + r1 + r2 + r3, g = g0 + g1 + g2 + g3, b = b0 + b1 + b2 + b3;
            u[i] = (byte)((ur * r + ug * g + ub * b + ChromaOffset) >> ChromaShift);
            v[i] = (byte)((vr * r + vg * g + vb * b + ChromaOffset) >> ChromaShift);
        }
    }
}
