using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using LegacyPress.Render.Composition;

namespace LegacyPress.Render.Look;

/// <summary>
/// Applies a <see cref="CubeLut"/> at full strength to 8-bit BGRA pixels in place, by tetrahedral interpolation in
/// fixed point: 8 pixels at a time with AVX2, one at a time otherwise, with the same integer arithmetic so the two
/// agree bit for bit. Agrees with <see cref="LutTransform"/> (float) within one code value for any LUT whose outputs
/// lie in 0..1 (outputs are clamped to 0..1 when the grid is packed). Alpha is kept. Immutable; threads share it.
/// </summary>
/// <remarks>
/// This is the per-shot colour match (issue 17), applied to a shot's pixels before the film's own look. Unlike the
/// film's LUT it cannot be baked into a 2^24 table: there is one per shot, and each table is 64 MB. Each grid point is
/// packed into one 32-bit word (10 bits a channel: the byte value times 4), so a pixel costs 4 gathers; weights are
/// in 1/4096ths. Grid rounding (±1/8 code value) and weight rounding stay well under the one code value allowed.
/// </remarks>
public sealed class CubeGrader
{
    private const int FractionBits = 12;
    private const int One = 1 << FractionBits;

    // Channel values in the packed grid, and what Quarters returns, are the byte value times 4: 0..1020.
    private const int ChannelScale = 1020;
    private const int ChannelBits = 10;
    private const int ChannelMask = (1 << ChannelBits) - 1;

    // Pinned, so the pointer the gathers read through stays valid for the grader's life.
    private readonly uint[] grid;
    private readonly unsafe uint* gridPointer;
    private readonly int size;
    private readonly Axis red;
    private readonly Axis green;
    private readonly Axis blue;

    public unsafe CubeGrader(CubeLut lut)
    {
        size = lut.Size;
        grid = GC.AllocateUninitializedArray<uint>(size * size * size, pinned: true);
        for (var b = 0; b < size; b++)
        {
            for (var g = 0; g < size; g++)
            {
                for (var r = 0; r < size; r++)
                {
                    var (outR, outG, outB) = lut[r, g, b];
                    grid[r + size * (g + size * b)] = Pack(outR) | Pack(outG) << ChannelBits | Pack(outB) << (2 * ChannelBits);
                }
            }
        }
        gridPointer = (uint*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(grid));
        red = new Axis(size, lut.DomainMin.R, lut.DomainMax.R);
        green = new Axis(size, lut.DomainMin.G, lut.DomainMax.G);
        blue = new Axis(size, lut.DomainMin.B, lut.DomainMax.B);
    }

    /// <summary>Grades every pixel of <paramref name="pixels"/> in place.</summary>
    public void Apply(BgraPixels pixels)
    {
        for (var y = 0; y < pixels.HeightPixels; y++)
        {
            Apply(MemoryMarshal.Cast<byte, uint>(pixels.Bytes.Slice(y * pixels.RowBytes, pixels.WidthPixels * 4)));
        }
    }

    /// <summary>Grades one run of BGRA pixels in place.</summary>
    public unsafe void Apply(Span<uint> row)
    {
        var two = Vector256.Create(2);
        var alphaMask = Vector256.Create(unchecked((int)0xFF000000));
        fixed (uint* pixels = row)
        {
            var x = 0;
            if (Avx2.IsSupported)
            {
                for (; x + 8 <= row.Length; x += 8)
                {
                    var pixel = Avx.LoadVector256((int*)pixels + x);
                    var (r, g, b) = Quarters(pixel);
                    Avx.Store((int*)pixels + x, (pixel & alphaMask) | (r + two) >>> 2 << 16 | (g + two) >>> 2 << 8 | (b + two) >>> 2);
                }
            }
            for (; x < row.Length; x++)
            {
                var (r, g, b) = Quarters(pixels[x]);
                pixels[x] = (pixels[x] & 0xFF000000u) | (uint)((r + 2) >> 2) << 16 | (uint)((g + 2) >> 2) << 8 | (uint)((b + 2) >> 2);
            }
        }
    }

    /// <summary>
    /// The graded colour of 8 BGRA pixels (alpha ignored) in quarter code values (0..1020), for passes that go on
    /// working on it in fixed point (the film's look blends it by strength before its vignette and grain).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal unsafe (Vector256<int> R, Vector256<int> G, Vector256<int> B) Quarters(Vector256<int> pixel)
    {
        var byteMask = Vector256.Create(0xFF);
        var (rCell, rKey) = red.Locate((pixel >>> 16) & byteMask, 0);
        var (gCell, gKey) = green.Locate((pixel >>> 8) & byteMask, 1);
        var (bCell, bKey) = blue.Locate(pixel & byteMask, 2);
        var origin = rCell + gCell * size + bCell * (size * size);

        // Fractions sorted, each carrying its channel in the low two bits (which also breaks ties).
        var largest = Vector256.Max(rKey, Vector256.Max(gKey, bKey));
        var smallest = Vector256.Min(rKey, Vector256.Min(gKey, bKey));
        var middle = rKey ^ gKey ^ bKey ^ largest ^ smallest;
        var strides = Vector256.Create(1, size, size * size, 0, 0, 0, 0, 0);
        var first = origin + Avx2.PermuteVar8x32(strides, largest & Vector256.Create(3));
        var second = first + Avx2.PermuteVar8x32(strides, middle & Vector256.Create(3));
        var fMax = largest >>> 2;
        var fMid = middle >>> 2;
        var fMin = smallest >>> 2;
        var w0 = Vector256.Create(One) - fMax;
        var w1 = fMax - fMid;
        var w2 = fMid - fMin;

        var table = (int*)gridPointer;
        var c0 = Avx2.GatherVector256(table, origin, 4);
        var c1 = Avx2.GatherVector256(table, first, 4);
        var c2 = Avx2.GatherVector256(table, second, 4);
        var c3 = Avx2.GatherVector256(table, origin + Vector256.Create(1 + size + size * size), 4);
        return (
            Blend(c0, c1, c2, c3, w0, w1, w2, fMin, 0),
            Blend(c0, c1, c2, c3, w0, w1, w2, fMin, ChannelBits),
            Blend(c0, c1, c2, c3, w0, w1, w2, fMin, 2 * ChannelBits));
    }

    /// <inheritdoc cref="Quarters(Vector256{int})"/>
    internal unsafe (int R, int G, int B) Quarters(uint pixel)
    {
        var (rCell, rKey) = red.Locate((int)(pixel >> 16 & 0xFF), 0);
        var (gCell, gKey) = green.Locate((int)(pixel >> 8 & 0xFF), 1);
        var (bCell, bKey) = blue.Locate((int)(pixel & 0xFF), 2);
        var origin = rCell + gCell * size + bCell * (size * size);
        var largest = Math.Max(rKey, Math.Max(gKey, bKey));
        var smallest = Math.Min(rKey, Math.Min(gKey, bKey));
        var middle = rKey ^ gKey ^ bKey ^ largest ^ smallest;
        var first = origin + StrideOf(largest & 3);
        var second = first + StrideOf(middle & 3);
        int fMax = largest >> 2, fMid = middle >> 2, fMin = smallest >> 2;
        int w0 = One - fMax, w1 = fMax - fMid, w2 = fMid - fMin, w3 = fMin;
        var table = gridPointer;
        uint c0 = table[origin], c1 = table[first], c2 = table[second], c3 = table[origin + 1 + size + size * size];
        int Channel(int shift) =>
            ((int)(c0 >> shift & ChannelMask) * w0 + (int)(c1 >> shift & ChannelMask) * w1
             + (int)(c2 >> shift & ChannelMask) * w2 + (int)(c3 >> shift & ChannelMask) * w3 + (1 << (FractionBits - 1))) >> FractionBits;
        return (Channel(0), Channel(ChannelBits), Channel(2 * ChannelBits));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Blend(
        Vector256<int> c0, Vector256<int> c1, Vector256<int> c2, Vector256<int> c3,
        Vector256<int> w0, Vector256<int> w1, Vector256<int> w2, Vector256<int> w3, int shift)
    {
        var sum = Channel(c0, shift) * w0 + Channel(c1, shift) * w1 + Channel(c2, shift) * w2 + Channel(c3, shift) * w3;
        return (sum + Vector256.Create(1 << (FractionBits - 1))) >>> FractionBits;
    }

    /// <summary>One channel of packed grid words: the lowest needs no shift, the highest (bits 20..29, nothing above) no mask.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Channel(Vector256<int> packed, int shift) => shift switch
    {
        0 => packed & Vector256.Create(ChannelMask),
        2 * ChannelBits => packed >>> shift,
        _ => (packed >>> shift) & Vector256.Create(ChannelMask),
    };

    private int StrideOf(int channel) => channel switch { 0 => 1, 1 => size, _ => size * size };

    private static uint Pack(float value) => (uint)Math.Clamp((int)MathF.Round(value * ChannelScale), 0, ChannelScale);

    /// <summary>
    /// Where a byte value falls on one channel's axis, as <see cref="LutTransform"/> places it, in fixed point: the
    /// lower grid index and the fraction, the fraction shifted left two bits with
    /// the channel number in the low bits so the three can be sorted as plain integers.
    /// </summary>
    private sealed class Axis(int size, float domainMin, float domainMax)
    {
        // (v / 255 - min) / span as one multiply-add: a cell-and-fraction may differ from LutTransform's by a float
        // rounding, far inside the one code value allowed; the scalar and vector paths use the same two operations.
        private readonly float scale = 1f / (255f * (domainMax - domainMin));
        private readonly float offset = -domainMin / (domainMax - domainMin);
        private readonly float cells = (size - 1) * (float)One;

        // Over a 0..1 domain (nearly every LUT) the position is v·(size-1)·4096/255, done in integers: v times this
        // step, in 1/256ths of a fixed-point unit, rounded. Within one 4096th of a cell of the float position.
        private readonly bool unitDomain = domainMin == 0f && domainMax == 1f;
        private readonly int step = (int)Math.Round((size - 1) * (double)One * 256 / 255);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public (int Cell, int Key) Locate(int value, int channel)
        {
            var fixedPoint = unitDomain
                ? (value * step + 128) >> 8
                : (int)(Math.Clamp(value * scale + offset, 0, 1) * cells + 0.5f);
            var cell = Math.Min(fixedPoint >> FractionBits, size - 2);
            return (cell, (fixedPoint - (cell << FractionBits)) << 2 | channel);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public (Vector256<int> Cell, Vector256<int> Key) Locate(Vector256<int> value, int channel)
        {
            Vector256<int> fixedPoint;
            if (unitDomain)
            {
                fixedPoint = (value * Vector256.Create(step) + Vector256.Create(128)) >>> 8;
            }
            else
            {
                var unit = Vector256.ConvertToSingle(value) * Vector256.Create(scale) + Vector256.Create(offset);
                var position = Vector256.Min(Vector256.Max(unit, Vector256<float>.Zero), Vector256<float>.One) * Vector256.Create(cells);
                fixedPoint = Vector256.ConvertToInt32(position + Vector256.Create(0.5f));
            }
            var cell = Vector256.Min(fixedPoint >> FractionBits, Vector256.Create(size - 2));
            return (cell, (fixedPoint - (cell << FractionBits)) << 2 | Vector256.Create(channel));
        }
    }
}
