using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using static LegacyPress.Render.Encoding.Bt709FixedPoint;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// The row-pair conversion with portable 128-bit vectors (SSE4.1, AdvSimd): the scalar arithmetic in int32 lanes,
/// four pixels at a time, for machines without AVX2.
/// </summary>
internal static unsafe class Yuv420Vector128Rows
{
    /// <summary>Pixels converted per step of a row pair.</summary>
    private const int Step = 8;

    /// <summary>Converts the row pair's leading multiple of eight pixels and returns how many that was.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Convert(in Yuv420RowPair rows, int widthPixels)
    {
        byte* row0 = rows.Bgra0, row1 = rows.Bgra1, y0 = rows.Y0, y1 = rows.Y1, u = rows.U, v = rows.V;
        var end = widthPixels - widthPixels % Step;
        for (var x = 0; x < end; x += Step)
        {
            var (b0, g0, r0) = Channels(row0 + 4 * x);
            var (b0n, g0n, r0n) = Channels(row0 + 4 * x + 16);
            var (b1, g1, r1) = Channels(row1 + 4 * x);
            var (b1n, g1n, r1n) = Channels(row1 + 4 * x + 16);

            var luma = Vector128.Narrow(
                Vector128.Narrow(Luma(b0, g0, r0), Luma(b0n, g0n, r0n)),
                Vector128.Narrow(Luma(b1, g1, r1), Luma(b1n, g1n, r1n))).AsByte();
            *(ulong*)(y0 + x) = luma.AsUInt64().GetElement(0);
            *(ulong*)(y1 + x) = luma.AsUInt64().GetElement(1);

            // Sums of each 2x2 block: the two rows, then each pixel with its right-hand neighbour.
            var b = PairSums(b0 + b1, b0n + b1n);
            var g = PairSums(g0 + g1, g0n + g1n);
            var r = PairSums(r0 + r1, r0n + r1n);
            var cb = (r * UR + g * UG + b * UB + Vector128.Create(ChromaOffset)) >> ChromaShift;
            var cr = (r * VR + g * VG + b * VB + Vector128.Create(ChromaOffset)) >> ChromaShift;
            var chroma = Vector128.Narrow(Vector128.Narrow(cb, cr), Vector128<short>.Zero).AsUInt32();
            *(uint*)(u + x / 2) = chroma.GetElement(0);
            *(uint*)(v + x / 2) = chroma.GetElement(1);
        }
        return end;
    }

    /// <summary>The blue, green and red of four BGRA pixels, one per int32 lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector128<int> B, Vector128<int> G, Vector128<int> R) Channels(byte* bgra)
    {
        var pixels = Vector128.Load(bgra);
        // Index 0xFF is out of range, so Shuffle zeroes that byte: each lane gets one channel, zero-extended.
        const byte Z = 0xFF;
        return (
            Vector128.Shuffle(pixels, Vector128.Create((byte)0, Z, Z, Z, 4, Z, Z, Z, 8, Z, Z, Z, 12, Z, Z, Z)).AsInt32(),
            Vector128.Shuffle(pixels, Vector128.Create((byte)1, Z, Z, Z, 5, Z, Z, Z, 9, Z, Z, Z, 13, Z, Z, Z)).AsInt32(),
            Vector128.Shuffle(pixels, Vector128.Create((byte)2, Z, Z, Z, 6, Z, Z, Z, 10, Z, Z, Z, 14, Z, Z, Z)).AsInt32());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<int> Luma(Vector128<int> b, Vector128<int> g, Vector128<int> r) =>
        (r * YR + g * YG + b * YB + Vector128.Create(LumaOffset)) >> Shift;

    /// <summary>[a0 + a1, a2 + a3, c0 + c1, c2 + c3]: the sums of neighbouring lanes of two vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<int> PairSums(Vector128<int> a, Vector128<int> c)
    {
        // Adding a 64-bit lane's upper half to itself leaves the pair's sum in its lower 32 bits, which Narrow keeps.
        var a64 = a.AsInt64();
        var c64 = c.AsInt64();
        return Vector128.Narrow(a64 + (a64 >>> 32), c64 + (c64 >>> 32));
    }
}
