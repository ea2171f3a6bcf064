using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// Draws a still over a whole target through a scale+translate matrix with bilinear, edge-clamped sampling: the
/// picture Skia's clamped linear image shader gives into an 8888 raster (its legacy sampler's 4-bit weights and
/// truncation, reproduced), at a fraction of its cost. One instance is one mapping (where every target row and column
/// reads the source, worked out once), drawn whole or a band of rows at a time; its buffers come from the shared
/// array pool and go back on <see cref="Dispose"/>. Not thread-safe: a thread draws with its own.
/// </summary>
/// <remarks>
/// Skia weighs the four taps by products of 4-bit weights, (16-x)(16-y), x(16-y), (16-x)y and xy, and truncates
/// the sum to 8 bits. The sum is exact in integers, so it splits without rounding: each target row first blends its
/// two source rows (top·(16-y) + bottom·y, 12 bits a channel), then each pixel blends two neighbours of that
/// (left·(16-x) + right·x, at most 255·256), shifted down by 8. The kernels are compiled fully optimised from the
/// first call: tiered compilation would run a film's first frames through unoptimised SIMD code, several times slower.
/// </remarks>
public sealed class BilinearResampler : IDisposable
{
    /// <summary>Skia's legacy sampler packs source coordinates in 14 bits; larger images go another way in Skia.</summary>
    private const int MaxSourcePixels = 1 << 14;

    private readonly int width;
    private readonly int height;
    private readonly int sourceWidth;
    private readonly int sourceHeight;
    private readonly int firstColumn;
    private readonly int readColumns;
    private readonly int blendedCount;
    private readonly int[] left;
    private readonly int[] weightX;
    private readonly int[] top;
    private readonly int[] bottom;
    private readonly int[] weightY;
    private readonly ulong[] blended;
    private bool disposed;

    /// <summary>The mapping of a <paramref name="sourceWidth"/> x <paramref name="sourceHeight"/> still through <paramref name="sourceToTarget"/> onto a target of the given size.</summary>
    public BilinearResampler(SKMatrix sourceToTarget, int sourceWidth, int sourceHeight, int targetWidth, int targetHeight)
    {
        if (!Handles(sourceToTarget, sourceWidth, sourceHeight))
        {
            throw new ArgumentException($"only a positive scale and a translation of an image under {MaxSourcePixels} pixels a side can be resampled here, not {sourceToTarget}", nameof(sourceToTarget));
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetHeight);
        width = targetWidth;
        height = targetHeight;
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        // Inverted in float, as Skia inverts a scale+translate matrix.
        var inverseScaleX = 1f / sourceToTarget.ScaleX;
        var inverseScaleY = 1f / sourceToTarget.ScaleY;
        var inverseOffsetX = -sourceToTarget.TransX * inverseScaleX;
        var inverseOffsetY = -sourceToTarget.TransY * inverseScaleY;

        left = ArrayPool<int>.Shared.Rent(width);
        weightX = ArrayPool<int>.Shared.Rent(width);
        top = ArrayPool<int>.Shared.Rent(height);
        bottom = ArrayPool<int>.Shared.Rent(height);
        weightY = ArrayPool<int>.Shared.Rent(height);
        BilinearTaps.Columns(inverseScaleX, inverseOffsetX, sourceWidth, left.AsSpan(0, width), weightX.AsSpan(0, width));
        BilinearTaps.Rows(inverseScaleY, inverseOffsetY, sourceHeight, top.AsSpan(0, height), bottom.AsSpan(0, height), weightY.AsSpan(0, height));

        // The source columns any target pixel reads, plus one past the last left tap (read with weight 0 at the edge).
        // Left taps rise with x, but each 127-pixel piece restarts from float, so take no ordering for granted.
        int first = left[0], last = left[0];
        for (var x = 1; x < width; x++)
        {
            first = Math.Min(first, left[x]);
            last = Math.Max(last, left[x]);
        }
        firstColumn = first;
        blendedCount = last + 2 - first;
        blended = ArrayPool<ulong>.Shared.Rent(blendedCount);
        for (var x = 0; x < width; x++)
        {
            left[x] -= first;
            // Weight pairs as the horizontal pass multiplies them: the left tap's in the low 16 bits.
            weightX[x] = (BilinearTaps.WeightUnit - weightX[x]) | (weightX[x] << 16);
        }
        readColumns = Math.Min(blendedCount, sourceWidth - first);
        blended.AsSpan(readColumns, blendedCount - readColumns).Clear();
    }

    /// <summary>Whether this resampler draws <paramref name="source"/> through <paramref name="matrix"/>: positive scales and a translation, nothing else.</summary>
    public static bool Handles(SKMatrix matrix, int sourceWidth, int sourceHeight) =>
        matrix.ScaleX > 0 && matrix.ScaleY > 0 && matrix.SkewX == 0 && matrix.SkewY == 0
        && matrix.Persp0 == 0 && matrix.Persp1 == 0 && matrix.Persp2 == 1
        && float.IsFinite(matrix.TransX) && float.IsFinite(matrix.TransY)
        && sourceWidth < MaxSourcePixels && sourceHeight < MaxSourcePixels;

    /// <summary>Fills every pixel of <paramref name="target"/> with <paramref name="source"/> mapped by <paramref name="sourceToTarget"/>.</summary>
    public static void Draw(BgraPixels source, SKMatrix sourceToTarget, BgraPixels target)
    {
        using var resampler = new BilinearResampler(sourceToTarget, source.WidthPixels, source.HeightPixels, target.WidthPixels, target.HeightPixels);
        resampler.DrawRows(source, 0, target);
    }

    /// <summary>
    /// Fills <paramref name="band"/> with the target's rows from <paramref name="firstRow"/> on (as many as the band
    /// is high): the same bytes those rows get when the whole target is drawn. <paramref name="source"/> is the still
    /// this mapping was made for.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void DrawRows(BgraPixels source, int firstRow, BgraPixels band)
    {
        if (source.WidthPixels != sourceWidth || source.HeightPixels != sourceHeight)
        {
            throw new ArgumentException($"the mapping is for a {sourceWidth}x{sourceHeight} still, not {source.WidthPixels}x{source.HeightPixels}", nameof(source));
        }
        if (band.WidthPixels != width || firstRow < 0 || firstRow + band.HeightPixels > height)
        {
            throw new ArgumentException($"rows {firstRow}..{firstRow + band.HeightPixels - 1}, {band.WidthPixels} wide, are not in the {width}x{height} target", nameof(band));
        }
        ObjectDisposedException.ThrowIf(disposed, this);
        var row = blended.AsSpan(0, blendedCount);
        var columns = left.AsSpan(0, width);
        var weights = weightX.AsSpan(0, width);
        for (var y = 0; y < band.HeightPixels; y++)
        {
            var targetY = firstRow + y;
            var topRow = MemoryMarshal.Cast<byte, uint>(source.Bytes.Slice(top[targetY] * source.RowBytes + firstColumn * 4, readColumns * 4));
            var bottomRow = MemoryMarshal.Cast<byte, uint>(source.Bytes.Slice(bottom[targetY] * source.RowBytes + firstColumn * 4, readColumns * 4));
            BlendRows(topRow, bottomRow, weightY[targetY], row);
            var targetRow = MemoryMarshal.Cast<byte, uint>(band.Bytes.Slice(y * band.RowBytes, width * 4));
            BlendColumns(row, columns, weights, targetRow);
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        ArrayPool<int>.Shared.Return(left);
        ArrayPool<int>.Shared.Return(weightX);
        ArrayPool<int>.Shared.Return(top);
        ArrayPool<int>.Shared.Return(bottom);
        ArrayPool<int>.Shared.Return(weightY);
        ArrayPool<ulong>.Shared.Return(blended);
    }

    /// <summary>The vertical pass: top·(16-y) + bottom·y per channel, four 16-bit lanes a pixel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void BlendRows(ReadOnlySpan<uint> topRow, ReadOnlySpan<uint> bottomRow, int weightY, Span<ulong> blended)
    {
        var restY = (uint)(BilinearTaps.WeightUnit - weightY);
        var x = 0;
        fixed (uint* top = topRow, bottom = bottomRow)
        fixed (ulong* output = blended)
        {
            if (Avx2.IsSupported)
            {
                var ry = Vector256.Create((ushort)restY);
                var wy = Vector256.Create((ushort)weightY);
                for (; x + 4 <= topRow.Length; x += 4)
                {
                    var upper = Avx2.ConvertToVector256Int16((byte*)(top + x)).AsUInt16();
                    var lower = Avx2.ConvertToVector256Int16((byte*)(bottom + x)).AsUInt16();
                    Avx.Store((ushort*)(output + x), Avx2.MultiplyLow(upper, ry) + Avx2.MultiplyLow(lower, wy));
                }
            }
            for (; x < topRow.Length; x++)
            {
                output[x] = Spread(top[x]) * restY + Spread(bottom[x]) * (uint)weightY;
            }
        }
    }

    /// <summary>The horizontal pass: (left·(16-x) + right·x) / 256 per channel, from the vertical pass's lanes to BGRA bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void BlendColumns(ReadOnlySpan<ulong> blended, ReadOnlySpan<int> left, ReadOnlySpan<int> weights, Span<uint> targetRow)
    {
        var x = 0;
        fixed (ulong* row = blended)
        fixed (int* first = left, pairs = weights)
        fixed (uint* output = targetRow)
        {
            if (Avx2.IsSupported)
            {
                x = BlendColumnsAvx2(row, first, pairs, output, targetRow.Length);
            }
            for (; x < targetRow.Length; x++)
            {
                var pair = (uint)pairs[x];
                var sum = row[first[x]] * (pair & 0xFFFF) + row[first[x] + 1] * (pair >> 16);
                output[x] = Pack((sum >> 8) & 0x00FF_00FF_00FF_00FFUL);
            }
        }
    }

    /// <summary>
    /// Eight target pixels at a time. One 128-bit load holds a pixel's two neighbours (they are adjacent in the
    /// blended row); a shuffle pairs their channels so one multiply-add weighs both. Pixels x and x+4 share a
    /// register, so the packs at the end come out in order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe int BlendColumnsAvx2(ulong* row, int* first, int* pairs, uint* output, int count)
    {
        // Per 128-bit lane: [B0 G0 R0 A0 B1 G1 R1 A1] (16-bit) -> [B0 B1 G0 G1 R0 R1 A0 A1].
        var pairChannels = Vector256.Create((byte)0, 1, 8, 9, 2, 3, 10, 11, 4, 5, 12, 13, 6, 7, 14, 15, 0, 1, 8, 9, 2, 3, 10, 11, 4, 5, 12, 13, 6, 7, 14, 15);
        var spread0 = Vector256.Create(0, 0, 0, 0, 4, 4, 4, 4);
        var spread1 = Vector256.Create(1, 1, 1, 1, 5, 5, 5, 5);
        var spread2 = Vector256.Create(2, 2, 2, 2, 6, 6, 6, 6);
        var spread3 = Vector256.Create(3, 3, 3, 3, 7, 7, 7, 7);
        nint x = 0;
        for (; x + 8 <= count; x += 8)
        {
            var weights = Avx.LoadVector256(pairs + x);
            var at = first + x;
            var p04 = Weigh(row, at[0], at[4], Avx2.PermuteVar8x32(weights, spread0), pairChannels);
            var p15 = Weigh(row, at[1], at[5], Avx2.PermuteVar8x32(weights, spread1), pairChannels);
            var p26 = Weigh(row, at[2], at[6], Avx2.PermuteVar8x32(weights, spread2), pairChannels);
            var p37 = Weigh(row, at[3], at[7], Avx2.PermuteVar8x32(weights, spread3), pairChannels);
            // Sums reach 255 * 256: packed unsigned to 16 bits first, so two shifts do the work of four.
            var low = Avx2.ShiftRightLogical(Avx2.PackUnsignedSaturate(p04, p15), 8).AsInt16();
            var high = Avx2.ShiftRightLogical(Avx2.PackUnsignedSaturate(p26, p37), 8).AsInt16();
            Avx.Store((byte*)(output + x), Avx2.PackUnsignedSaturate(low, high));
        }
        return (int)x;
    }

    /// <summary>Two target pixels' weighted channel sums (one a 128-bit lane), as 32-bit lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Vector256<int> Weigh(ulong* row, nint low, nint high, Vector256<int> weights, Vector256<byte> pairChannels)
    {
        var taps = Vector256.Create(Sse2.LoadVector128((byte*)(row + low)), Sse2.LoadVector128((byte*)(row + high)));
        var paired = Avx2.Shuffle(taps, pairChannels).AsInt16();
        return Avx2.MultiplyAddAdjacent(paired, weights.AsInt16());
    }

    /// <summary>A BGRA word's four bytes, one per 16-bit lane of a ulong, so one multiply weighs all four channels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Spread(uint pixel) =>
        (pixel & 0xFFu) | ((ulong)(pixel & 0xFF00u) << 8) | ((ulong)(pixel & 0xFF_0000u) << 16) | ((ulong)(pixel & 0xFF00_0000u) << 24);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Pack(ulong lanes) =>
        (uint)(lanes & 0xFF) | (uint)((lanes >> 8) & 0xFF00) | (uint)((lanes >> 16) & 0xFF_0000) | (uint)((lanes >> 24) & 0xFF00_0000);
}
