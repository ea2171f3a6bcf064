using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// Draws a still over a whole target through a scale+translate matrix with bilinear, edge-clamped sampling: the
/// picture Skia's clamped linear image shader gives (its lowp pipeline's integer weights, reproduced), at a third
/// of its cost. Runs on the calling thread and allocates nothing per call.
/// </summary>
public static class BilinearResampler
{
    /// <summary>Whether <paramref name="matrix"/> is one this resampler draws: positive scales and a translation, nothing else.</summary>
    public static bool Handles(SKMatrix matrix) =>
        matrix.ScaleX > 0 && matrix.ScaleY > 0 && matrix.SkewX == 0 && matrix.SkewY == 0
        && matrix.Persp0 == 0 && matrix.Persp1 == 0 && matrix.Persp2 == 1
        && float.IsFinite(matrix.TransX) && float.IsFinite(matrix.TransY);

    /// <summary>Fills every pixel of <paramref name="target"/> with <paramref name="source"/> mapped by <paramref name="sourceToTarget"/>.</summary>
    public static void Draw(BgraPixels source, SKMatrix sourceToTarget, BgraPixels target)
    {
        if (!Handles(sourceToTarget))
        {
            throw new ArgumentException($"only a positive scale and a translation can be resampled here, not {sourceToTarget}", nameof(sourceToTarget));
        }
        // Inverted in float, as Skia inverts a scale+translate matrix.
        var inverseScaleX = 1f / sourceToTarget.ScaleX;
        var inverseScaleY = 1f / sourceToTarget.ScaleY;
        var inverseOffsetX = -sourceToTarget.TransX * inverseScaleX;
        var inverseOffsetY = -sourceToTarget.TransY * inverseScaleY;

        int width = target.WidthPixels, height = target.HeightPixels;
        var left = ArrayPool<int>.Shared.Rent(width);
        var right = ArrayPool<int>.Shared.Rent(width);
        var weightX = ArrayPool<int>.Shared.Rent(width);
        var top = ArrayPool<int>.Shared.Rent(height);
        var bottom = ArrayPool<int>.Shared.Rent(height);
        var weightY = ArrayPool<int>.Shared.Rent(height);
        try
        {
            BilinearTaps.Columns(inverseScaleX, inverseOffsetX, source.WidthPixels, left.AsSpan(0, width), right.AsSpan(0, width), weightX.AsSpan(0, width));
            BilinearTaps.Rows(inverseScaleY, inverseOffsetY, source.HeightPixels, top.AsSpan(0, height), bottom.AsSpan(0, height), weightY.AsSpan(0, height));
            var columns = new ColumnTaps(left, right, weightX, width);
            for (var y = 0; y < height; y++)
            {
                var topRow = MemoryMarshal.Cast<byte, uint>(source.Bytes.Slice(top[y] * source.RowBytes, source.WidthPixels * 4));
                var bottomRow = MemoryMarshal.Cast<byte, uint>(source.Bytes.Slice(bottom[y] * source.RowBytes, source.WidthPixels * 4));
                var targetRow = MemoryMarshal.Cast<byte, uint>(target.Bytes.Slice(y * target.RowBytes, width * 4));
                DrawRow(topRow, bottomRow, weightY[y], columns, targetRow);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(left);
            ArrayPool<int>.Shared.Return(right);
            ArrayPool<int>.Shared.Return(weightX);
            ArrayPool<int>.Shared.Return(top);
            ArrayPool<int>.Shared.Return(bottom);
            ArrayPool<int>.Shared.Return(weightY);
        }
    }

    /// <summary>
    /// One target row from its two source rows. Skia weighs the four taps by the products of the 4-bit weights
    /// ((16-x)(16-y), x(16-y), (16-x)y, xy: exactly 256 in all, so opaque stays opaque) and truncates the sum to 8 bits.
    /// </summary>
    private static unsafe void DrawRow(ReadOnlySpan<uint> topRow, ReadOnlySpan<uint> bottomRow, int weightY, in ColumnTaps columns, Span<uint> targetRow)
    {
        var restY = BilinearTaps.WeightUnit - weightY;
        var x = 0;
        fixed (uint* top = topRow, bottom = bottomRow, output = targetRow)
        fixed (int* left = columns.Left, right = columns.Right, weightX = columns.WeightX)
        {
            if (Avx2.IsSupported)
            {
                x = DrawRowAvx2(top, bottom, weightY, left, right, weightX, output, columns.Count);
            }
            for (; x < columns.Count; x++)
            {
                var wx = (uint)weightX[x];
                var rx = BilinearTaps.WeightUnit - wx;
                var sum = Spread(top[left[x]]) * (rx * (uint)restY) + Spread(top[right[x]]) * (wx * (uint)restY)
                    + Spread(bottom[left[x]]) * (rx * (uint)weightY) + Spread(bottom[right[x]]) * (wx * (uint)weightY);
                output[x] = Pack((sum >> 8) & 0x00FF_00FF_00FF_00FFUL);
            }
        }
    }

    /// <summary>Eight target pixels at a time: each tap gathered as whole BGRA words, channels weighed in 16-bit lanes (even bytes, then odd).</summary>
    private static unsafe int DrawRowAvx2(uint* top, uint* bottom, int weightY, int* left, int* right, int* weightX, uint* output, int count)
    {
        var lowBytes = Vector256.Create(0x00FF_00FFu);
        var highBytes = Vector256.Create(0xFF00_FF00u);
        var unit = Vector256.Create(BilinearTaps.WeightUnit);
        var wy = Vector256.Create((ushort)weightY);
        var ry = Vector256.Create((ushort)(BilinearTaps.WeightUnit - weightY));
        var x = 0;
        for (; x + 8 <= count; x += 8)
        {
            var leftIndex = Avx.LoadVector256(left + x);
            var rightIndex = Avx.LoadVector256(right + x);
            var wx32 = Avx.LoadVector256(weightX + x);
            var wx = BothHalves(wx32);
            var rx = BothHalves(unit - wx32);
            var wTopLeft = Avx2.MultiplyLow(rx, ry);
            var wTopRight = Avx2.MultiplyLow(wx, ry);
            var wBottomLeft = Avx2.MultiplyLow(rx, wy);
            var wBottomRight = Avx2.MultiplyLow(wx, wy);

            var topLeft = Avx2.GatherVector256(top, leftIndex, 4);
            var topRight = Avx2.GatherVector256(top, rightIndex, 4);
            var bottomLeft = Avx2.GatherVector256(bottom, leftIndex, 4);
            var bottomRight = Avx2.GatherVector256(bottom, rightIndex, 4);

            // Products stay within 255 * 256 and the weights sum to 256, so no 16-bit lane overflows.
            var even = Avx2.MultiplyLow((topLeft & lowBytes).AsUInt16(), wTopLeft) + Avx2.MultiplyLow((topRight & lowBytes).AsUInt16(), wTopRight)
                + Avx2.MultiplyLow((bottomLeft & lowBytes).AsUInt16(), wBottomLeft) + Avx2.MultiplyLow((bottomRight & lowBytes).AsUInt16(), wBottomRight);
            var odd = Avx2.MultiplyLow(((topLeft >> 8) & lowBytes).AsUInt16(), wTopLeft) + Avx2.MultiplyLow(((topRight >> 8) & lowBytes).AsUInt16(), wTopRight)
                + Avx2.MultiplyLow(((bottomLeft >> 8) & lowBytes).AsUInt16(), wBottomLeft) + Avx2.MultiplyLow(((bottomRight >> 8) & lowBytes).AsUInt16(), wBottomRight);
            var pixels = (even >> 8).AsUInt32() | (odd.AsUInt32() & highBytes);
            Avx.Store(output + x, pixels);
        }
        return x;
    }

    /// <summary>A per-pixel weight (at most 256) in both 16-bit halves of its 32-bit lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> BothHalves(Vector256<int> area) => (area | (area << 16)).AsUInt16();

    /// <summary>A BGRA word's four bytes, one per 16-bit lane of a ulong, so one multiply weighs all four channels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Spread(uint pixel) =>
        (pixel & 0xFFu) | ((ulong)(pixel & 0xFF00u) << 8) | ((ulong)(pixel & 0xFF_0000u) << 16) | ((ulong)(pixel & 0xFF00_0000u) << 24);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Pack(ulong lanes) =>
        (uint)(lanes & 0xFF) | (uint)((lanes >> 8) & 0xFF00) | (uint)((lanes >> 16) & 0xFF_0000) | (uint)((lanes >> 24) & 0xFF00_0000);

    /// <summary>The column taps of one call, shared by every row.</summary>
    private readonly ref struct ColumnTaps(int[] left, int[] right, int[] weightX, int count)
    {
        public int[] Left { get; } = left;

        public int[] Right { get; } = right;

        public int[] WeightX { get; } = weightX;

        public int Count { get; } = count;
    }
}
