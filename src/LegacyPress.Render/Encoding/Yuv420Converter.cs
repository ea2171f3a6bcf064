using System.Runtime.CompilerServices;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// Converts Skia's BGRA frames to planar yuv420p with the BT.709 limited-range ("TV") matrix, averaging
/// each 2x2 block for chroma. Done here rather than in ffmpeg so half as many bytes cross the pipe.
/// </summary>
public static unsafe class Yuv420Converter
{
    // BT.709 luma weights; Cb/Cr scale (B − Y)/(2(1 − Kb)) and (R − Y)/(2(1 − Kr)) into ±112 around 128.
    private const double Kr = 0.2126;
    private const double Kb = 0.0722;
    private const double Kg = 1 - Kr - Kb;
    private const double LumaScale = 219.0 / 255.0;
    private const double ChromaScale = 224.0 / 255.0;
    private const int Shift = 16;

    private static readonly int YR = Fixed(Kr * LumaScale);
    private static readonly int YG = Fixed(Kg * LumaScale);
    private static readonly int YB = Fixed(Kb * LumaScale);
    private static readonly int UR = Fixed(-Kr / (2 * (1 - Kb)) * ChromaScale);
    private static readonly int UG = Fixed(-Kg / (2 * (1 - Kb)) * ChromaScale);
    private static readonly int UB = Fixed(0.5 * ChromaScale);
    private static readonly int VR = Fixed(0.5 * ChromaScale);
    private static readonly int VG = Fixed(-Kg / (2 * (1 - Kr)) * ChromaScale);
    private static readonly int VB = Fixed(-Kb / (2 * (1 - Kr)) * ChromaScale);

    /// <summary>Bytes of one yuv420p frame of an even-sized picture.</summary>
    public static int FrameBytes(int widthPixels, int heightPixels) => widthPixels * heightPixels * 3 / 2;

    /// <summary>
    /// Writes the Y, U and V planes of a <paramref name="widthPixels"/> x <paramref name="heightPixels"/> BGRA picture
    /// (opaque or premultiplied over black, <paramref name="strideBytes"/> per row) into <paramref name="yuv"/>.
    /// </summary>
    public static void FromBgra(ReadOnlySpan<byte> bgra, int strideBytes, int widthPixels, int heightPixels, Span<byte> yuv)
    {
        if (widthPixels <= 0 || heightPixels <= 0 || widthPixels % 2 != 0 || heightPixels % 2 != 0)
        {
            throw new ArgumentException($"yuv420p needs an even, non-empty frame size; got {widthPixels}x{heightPixels}");
        }
        if (strideBytes < widthPixels * 4 || bgra.Length < strideBytes * (heightPixels - 1) + widthPixels * 4)
        {
            throw new ArgumentException("the BGRA buffer is smaller than the frame", nameof(bgra));
        }
        if (yuv.Length < FrameBytes(widthPixels, heightPixels))
        {
            throw new ArgumentException("the yuv420p buffer is smaller than the frame", nameof(yuv));
        }

        fixed (byte* source = bgra)
        fixed (byte* target = yuv)
        {
            var src = (nint)source;
            var dst = (nint)target;
            var pairs = heightPixels / 2;
            // Bands of row pairs: enough work per task to amortise scheduling, enough tasks to use every core.
            const int pairsPerBand = 16;
            var bands = (pairs + pairsPerBand - 1) / pairsPerBand;
            Parallel.For(0, bands, band =>
            {
                var end = Math.Min(pairs, (band + 1) * pairsPerBand);
                for (var pair = band * pairsPerBand; pair < end; pair++)
                {
                    ConvertRowPair((byte*)src, strideBytes, widthPixels, heightPixels, (byte*)dst, pair);
                }
            });
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static void ConvertRowPair(byte* bgra, int stride, int width, int height, byte* yuv, int pair)
    {
        var chromaWidth = width / 2;
        var row0 = bgra + (nint)(2 * pair) * stride;
        var row1 = row0 + stride;
        var y0 = yuv + (nint)(2 * pair) * width;
        var y1 = y0 + width;
        var u = yuv + (nint)width * height + (nint)pair * chromaWidth;
        var v = yuv + (nint)width * height + (nint)chromaWidth * (height / 2) + (nint)pair * chromaWidth;

        const int lumaOffset = (16 << Shift) + (1 << (Shift - 1));
        // Chroma sums four pixels, so it carries two more fractional bits.
        const int chromaOffset = (128 << (Shift + 2)) + (1 << (Shift + 1));
        int yr = YR, yg = YG, yb = YB, ur = UR, ug = UG, ub = UB, vr = VR, vg = VG, vb = VB;

        for (var i = 0; i < chromaWidth; i++)
        {
            var a = row0 + 8 * i;
            var c = row1 + 8 * i;
            int b0 = a[0], g0 = a[1], r0 = a[2];
            int b1 = a[4], g1 = a[5], r1 = a[6];
            int b2 = c[0], g2 = c[1], r2 = c[2];
            int b3 = c[4], g3 = c[5], r3 = c[6];

            y0[2 * i] = (byte)((yr * r0 + yg * g0 + yb * b0 + lumaOffset) >> Shift);
            y0[2 * i + 1] = (byte)((yr * r1 + yg * g1 + yb * b1 + lumaOffset) >> Shift);
            y1[2 * i] = (byte)((yr * r2 + yg * g2 + yb * b2 + lumaOffset) >> Shift);
            y1[2 * i + 1] = (byte)((yr * r3 + yg * g3 + yb * b3 + lumaOffset) >> Shift);

            int r = r0 + r1 + r2 + r3, g = g0 + g1 + g2 + g3, b = b0 + b1 + b2 + b3;
            u[i] = (byte)((ur * r + ug * g + ub * b + chromaOffset) >> (Shift + 2));
            v[i] = (byte)((vr * r + vg * g + vb * b + chromaOffset) >> (Shift + 2));
        }
    }

    private static int Fixed(double coefficient) => (int)Math.Round(coefficient * (1 << Shift));
}
