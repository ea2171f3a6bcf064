using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using static LegacyPress.Render.Encoding.Bt709FixedPoint;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// The row-pair conversion with AVX2, sixteen pixels of each row at a time. Pixels are widened to int16 quads
/// [B, G, G, R] so that one multiply-add of adjacent pairs (vpmaddwd) does two of the three products and a
/// horizontal add finishes them. The sums are the scalar path's exact int32 sums, only regrouped (green's weight
/// split in two halves, a block's weights applied to its summed channels), so the bytes match.
/// </summary>
internal static unsafe class Yuv420Avx2Rows
{
    /// <summary>Pixels converted per step of a row pair.</summary>
    private const int Step = 16;

    // The green weight does not fit in an int16 (it is 40254 of 65536), so green comes twice, each with half.
    private static readonly Vector256<short> LumaWeights = Quads(YB, YG / 2, YG - YG / 2, YR);

    // The chroma weights fit, so the second green takes weight 0.
    private static readonly Vector256<short> CbWeights = Quads(UB, UG, 0, UR);
    private static readonly Vector256<short> CrWeights = Quads(VB, VG, 0, VR);

    /// <summary>Converts the row pair's leading multiple of sixteen pixels and returns how many that was.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Convert(in Yuv420RowPair rows, int widthPixels)
    {
        byte* row0 = rows.Bgra0, row1 = rows.Bgra1, y0 = rows.Y0, y1 = rows.Y1, u = rows.U, v = rows.V;
        var end = widthPixels - widthPixels % Step;
        // vpshufb picks within each 128-bit lane: of its four pixels, the first two or the last two become [B, G, G, R].
        const byte Z = 0x80;
        var firstTwo = Vector256.Create((byte)0, Z, 1, Z, 1, Z, 2, Z, 4, Z, 5, Z, 5, Z, 6, Z, 0, Z, 1, Z, 1, Z, 2, Z, 4, Z, 5, Z, 5, Z, 6, Z);
        var lastTwo = Vector256.Create((byte)8, Z, 9, Z, 9, Z, 10, Z, 12, Z, 13, Z, 13, Z, 14, Z, 8, Z, 9, Z, 9, Z, 10, Z, 12, Z, 13, Z, 13, Z, 14, Z);
        // Packing works within 128-bit lanes; this puts the 32-bit groups back in pixel order.
        var inPixelOrder = Vector256.Create(0, 4, 1, 5, 2, 6, 3, 7);
        var lumaWeights = LumaWeights;
        var cbWeights = CbWeights;
        var crWeights = CrWeights;

        for (var x = 0; x < end; x += Step)
        {
            var top = Avx.LoadVector256(row0 + 4 * x);
            var topNext = Avx.LoadVector256(row0 + 4 * x + 32);
            var bottom = Avx.LoadVector256(row1 + 4 * x);
            var bottomNext = Avx.LoadVector256(row1 + 4 * x + 32);
            // Quads of pixels 0, 1 | 4, 5 (first two of each lane) and 2, 3 | 6, 7 (last two), then the same for 8–15.
            var t01 = Avx2.Shuffle(top, firstTwo).AsInt16();
            var t23 = Avx2.Shuffle(top, lastTwo).AsInt16();
            var t89 = Avx2.Shuffle(topNext, firstTwo).AsInt16();
            var tAB = Avx2.Shuffle(topNext, lastTwo).AsInt16();
            var b01 = Avx2.Shuffle(bottom, firstTwo).AsInt16();
            var b23 = Avx2.Shuffle(bottom, lastTwo).AsInt16();
            var b89 = Avx2.Shuffle(bottomNext, firstTwo).AsInt16();
            var bAB = Avx2.Shuffle(bottomNext, lastTwo).AsInt16();

            var topLuma = Avx2.PackUnsignedSaturate(Luma(t01, t23, lumaWeights), Luma(t89, tAB, lumaWeights));
            var bottomLuma = Avx2.PackUnsignedSaturate(Luma(b01, b23, lumaWeights), Luma(b89, bAB, lumaWeights));
            var luma = Avx2.PermuteVar8x32(Avx2.PackUnsignedSaturate(topLuma.AsInt16(), bottomLuma.AsInt16()).AsInt32(), inPixelOrder);
            luma.GetLower().AsByte().Store(y0 + x);
            luma.GetUpper().AsByte().Store(y1 + x);

            // 2x2 block sums as [B, G, G, R] quads: the two rows, then each pixel with its right-hand neighbour.
            var blocks0To3 = BlockSums(Avx2.Add(t01, b01), Avx2.Add(t23, b23));
            var blocks4To7 = BlockSums(Avx2.Add(t89, b89), Avx2.Add(tAB, bAB));
            var cb = Chroma(blocks0To3, blocks4To7, cbWeights);
            var cr = Chroma(blocks0To3, blocks4To7, crWeights);
            // Words: Cb 0–7 in the lower lane, Cr 0–7 in the upper; then bytes, each lane's eight twice over.
            var chroma16 = Avx2.PermuteVar8x32(Avx2.PackUnsignedSaturate(cb, cr).AsInt32(), inPixelOrder).AsInt16();
            var chroma = Avx2.PackUnsignedSaturate(chroma16, chroma16).AsUInt64();
            *(ulong*)(u + x / 2) = chroma.GetElement(0);
            *(ulong*)(v + x / 2) = chroma.GetElement(2);
        }
        return end;
    }

    /// <summary>Luma of eight pixels in order, from the quads of pixels 0, 1 | 4, 5 and 2, 3 | 6, 7.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Luma(Vector256<short> firstTwo, Vector256<short> lastTwo, Vector256<short> weights)
    {
        var sums = Avx2.HorizontalAdd(Avx2.MultiplyAddAdjacent(firstTwo, weights), Avx2.MultiplyAddAdjacent(lastTwo, weights));
        return Avx2.ShiftRightArithmetic(Avx2.Add(sums, Vector256.Create(LumaOffset)), Shift);
    }

    /// <summary>
    /// The quads of blocks 0 | 1 || 2 | 3 from the column sums of pixels 0, 1 | 4, 5 and 2, 3 | 6, 7: pairing the
    /// 64-bit halves puts each pixel beside its neighbour.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<short> BlockSums(Vector256<short> firstTwo, Vector256<short> lastTwo)
    {
        var left = Avx2.UnpackLow(firstTwo.AsInt64(), lastTwo.AsInt64());   // pixels 0, 2 | 4, 6
        var right = Avx2.UnpackHigh(firstTwo.AsInt64(), lastTwo.AsInt64()); // pixels 1, 3 | 5, 7
        return Avx2.Add(left.AsInt16(), right.AsInt16());
    }

    /// <summary>Cb or Cr of blocks 0, 1, 4, 5 | 2, 3, 6, 7 (the lane order the packing later undoes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Chroma(Vector256<short> blocks0To3, Vector256<short> blocks4To7, Vector256<short> weights)
    {
        var sums = Avx2.HorizontalAdd(Avx2.MultiplyAddAdjacent(blocks0To3, weights), Avx2.MultiplyAddAdjacent(blocks4To7, weights));
        return Avx2.ShiftRightArithmetic(Avx2.Add(sums, Vector256.Create(ChromaOffset)), ChromaShift);
    }

    private static Vector256<short> Quads(int first, int second, int third, int fourth)
    {
        var quad = Vector64.Create(checked((short)first), checked((short)second), checked((short)third), checked((short)fourth));
        return Vector256.Create(Vector128.Create(quad, quad), Vector128.Create(quad, quad));
    }
}
