using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace LegacyPress.Render.Look;

/// <summary>
/// A LUT blended by its strength, baked for 8-bit pixels into a cache-resident grid: grading a pixel is
/// <see cref="LutTransform"/>'s tetrahedral interpolation in fixed point, 8 pixels at a time with AVX2.
/// Immutable once built, so threads share it.
/// </summary>
/// <remarks>
/// The grid is the cube's own (Size³ entries, one uint each: 144 KB for the usual 33³), blended with strength at each
/// grid point, so it stays in L2. It replaced a table of all 2^24 colours (64 MB, one read per pixel): that was
/// 2.4 ms per 1080p frame in isolation, but its random reads evicted x264's working set from the caches the encoder
/// shares, so against the encode-only floor the film cost ≈19 ms CPU per frame with the LUT against ≈10 ms without.
/// Entries are 10 bits per channel in half code values with 128 codes of headroom either side (-0.5..1.5), so
/// grid values outside 0..1 still interpolate before they are clamped, as in float; weights are 15-bit fractions.
/// The quantisation keeps a grade within ≈0.3 code values of the float per-pixel one before the final rounding.
/// The strength blend at grid points equals the per-pixel blend because interpolation is linear and exact for the
/// identity, for every input inside the LUT's domain (all of them for the usual 0..1 domain).
/// </remarks>
public sealed class BakedLut
{
    // Fractions and weights are in 1/One; entries are in half code values offset by Headroom.
    private const int WeightBits = 15;
    private const int One = 1 << WeightBits;
    private const int FieldBits = 10;
    private const int FieldMask = (1 << FieldBits) - 1;
    private const int Headroom = 256;
    private const int FractionMask = (1 << 16) - 1;

    // Pinned (on the pinned object heap) because the grader reads them through pointers for vector gathers.
    private readonly uint[] entries;
    // Per byte value of red, then green, then blue (256 each): the lower grid index << 16 | the fraction in 1/One.
    private readonly int[] axes;
    private readonly int size;

    public BakedLut(CubeLut lut, float strength)
    {
        size = lut.Size;
        entries = GC.AllocateArray<uint>(size * size * size, pinned: true);
        axes = GC.AllocateArray<int>(3 * 256, pinned: true);
        var min = lut.DomainMin;
        var max = lut.DomainMax;
        for (var b = 0; b < size; b++)
        {
            for (var g = 0; g < size; g++)
            {
                for (var r = 0; r < size; r++)
                {
                    var (lr, lg, lb) = lut[r, g, b];
                    var entry = Field(GridInput(r, min.R, max.R), lr, strength) << 2 * FieldBits
                        | Field(GridInput(g, min.G, max.G), lg, strength) << FieldBits
                        | Field(GridInput(b, min.B, max.B), lb, strength);
                    entries[r + size * (g + size * b)] = entry;
                }
            }
        }
        FillAxis(0, min.R, max.R);
        FillAxis(256, min.G, max.G);
        FillAxis(512, min.B, max.B);
    }

    /// <summary>Bytes of the tables a frame reads, which is what has to stay in cache.</summary>
    public int TableBytes => entries.Length * sizeof(uint) + axes.Length * sizeof(int);

    /// <summary>The graded pixel for a BGRA pixel: alpha 255 (the input's alpha is ignored).</summary>
    public unsafe uint this[uint bgra]
    {
        get
        {
            var axis = (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(axes));
            int ar = axis[bgra >> 16 & 0xFF], ag = axis[256 + (bgra >> 8 & 0xFF)], ab = axis[512 + (bgra & 0xFF)];
            int fr = ar & FractionMask, fg = ag & FractionMask, fb = ab & FractionMask;
            var origin = (ar >> 16) + size * ((ag >> 16) + size * (ab >> 16));
            var all = 1 + size + size * size;

            // The same tetrahedron as LutTransform.Map: walk the unit cube's edges from the largest fraction to the
            // smallest. Where fractions tie, the corners that differ get weight 0, so any tied order gives the same sum.
            var redMax = fr >= fg && fr >= fb;
            var greenMax = !redMax && fg >= fb;
            var blueMin = fb <= fg && fb <= fr;
            var greenMin = !blueMin && fg <= fr;
            int largest = redMax ? fr : greenMax ? fg : fb, smallest = blueMin ? fb : greenMin ? fg : fr;
            var middle = fr + fg + fb - largest - smallest;
            int stepLargest = redMax ? 1 : greenMax ? size : size * size, stepSmallest = blueMin ? size * size : greenMin ? size : 1;

            var e0 = entries[origin];
            var e1 = entries[origin + stepLargest];
            var e2 = entries[origin + all - stepSmallest];
            var e3 = entries[origin + all];
            int w0 = One - largest, w1 = largest - middle, w2 = middle - smallest, w3 = smallest;
            return 0xFF000000u | (uint)Channel(e0, e1, e2, e3, w0, w1, w2, w3, 2 * FieldBits) << 16
                | (uint)Channel(e0, e1, e2, e3, w0, w1, w2, w3, FieldBits) << 8 | (uint)Channel(e0, e1, e2, e3, w0, w1, w2, w3, 0);
        }
    }

    /// <summary>The graded pixels (alpha 255) for 8 BGRA pixels; the same integer arithmetic as the scalar indexer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe Vector256<int> Grade(Vector256<int> bgra)
    {
        var axis = (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(axes));
        var table = (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(entries));
        var bytes = Vector256.Create(0xFF);
        var ar = Avx2.GatherVector256(axis, (bgra >>> 16) & bytes, 4);
        var ag = Avx2.GatherVector256(axis + 256, (bgra >>> 8) & bytes, 4);
        var ab = Avx2.GatherVector256(axis + 512, bgra & bytes, 4);
        var fractions = Vector256.Create(FractionMask);
        Vector256<int> fr = ar & fractions, fg = ag & fractions, fb = ab & fractions;
        var side = Vector256.Create(size);
        var origin = (ar >>> 16) + Avx2.MultiplyLow(side, (ag >>> 16) + Avx2.MultiplyLow(side, ab >>> 16));

        var redMax = Vector256.GreaterThanOrEqual(fr, fg) & Vector256.GreaterThanOrEqual(fr, fb);
        var greenMax = Vector256.AndNot(Vector256.GreaterThanOrEqual(fg, fb), redMax);
        var blueMin = Vector256.LessThanOrEqual(fb, fg) & Vector256.LessThanOrEqual(fb, fr);
        var greenMin = Vector256.AndNot(Vector256.LessThanOrEqual(fg, fr), blueMin);
        var largest = Vector256.ConditionalSelect(redMax, fr, Vector256.ConditionalSelect(greenMax, fg, fb));
        var smallest = Vector256.ConditionalSelect(blueMin, fb, Vector256.ConditionalSelect(greenMin, fg, fr));
        var middle = fr + fg + fb - largest - smallest;
        Vector256<int> one = Vector256.Create(1), plane = Vector256.Create(size * size);
        var stepLargest = Vector256.ConditionalSelect(redMax, one, Vector256.ConditionalSelect(greenMax, side, plane));
        var stepSmallest = Vector256.ConditionalSelect(blueMin, plane, Vector256.ConditionalSelect(greenMin, side, one));
        var far = origin + Vector256.Create(1 + size + size * size);

        var e0 = Avx2.GatherVector256(table, origin, 4);
        var e1 = Avx2.GatherVector256(table, origin + stepLargest, 4);
        var e2 = Avx2.GatherVector256(table, far - stepSmallest, 4);
        var e3 = Avx2.GatherVector256(table, far, 4);
        var w0 = Vector256.Create(One) - largest;
        var w1 = largest - middle;
        var w2 = middle - smallest;
        return Vector256.Create(unchecked((int)0xFF000000))
            | Channel(e0, e1, e2, e3, w0, w1, w2, smallest, 2 * FieldBits) << 16
            | Channel(e0, e1, e2, e3, w0, w1, w2, smallest, FieldBits) << 8
            | Channel(e0, e1, e2, e3, w0, w1, w2, smallest, 0);
    }

    private static int Channel(uint e0, uint e1, uint e2, uint e3, int w0, int w1, int w2, int w3, int shift)
    {
        var sum = w0 * (int)(e0 >> shift & FieldMask) + w1 * (int)(e1 >> shift & FieldMask)
            + w2 * (int)(e2 >> shift & FieldMask) + w3 * (int)(e3 >> shift & FieldMask);
        return Math.Clamp(((sum + One) >> (WeightBits + 1)) - Headroom / 2, 0, 255);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Channel(Vector256<int> e0, Vector256<int> e1, Vector256<int> e2, Vector256<int> e3,
        Vector256<int> w0, Vector256<int> w1, Vector256<int> w2, Vector256<int> w3, int shift)
    {
        var field = Vector256.Create(FieldMask);
        var sum = Avx2.MultiplyLow(w0, (e0 >>> shift) & field)
            + Avx2.MultiplyLow(w1, (e1 >>> shift) & field)
            + Avx2.MultiplyLow(w2, (e2 >>> shift) & field)
            + Avx2.MultiplyLow(w3, (e3 >>> shift) & field);
        var code = ((sum + Vector256.Create(One)) >> (WeightBits + 1)) - Vector256.Create(Headroom / 2);
        return Vector256.Min(Vector256.Max(code, Vector256<int>.Zero), Vector256.Create(255));
    }

    // The input colour (0..1) at grid index i: what the identity LUT holds there.
    private float GridInput(int i, float domainMin, float domainMax) => domainMin + i / (size - 1f) * (domainMax - domainMin);

    private static uint Field(float input, float graded, float strength)
    {
        var blended = input + (graded - input) * strength;
        return (uint)Math.Clamp((int)MathF.Round(blended * 510f) + Headroom, 0, FieldMask);
    }

    // As LutTransform.Axis: each byte value's grid cell and the fraction across it.
    private void FillAxis(int at, float domainMin, float domainMax)
    {
        for (var v = 0; v < 256; v++)
        {
            var position = Math.Clamp((v / 255f - domainMin) / (domainMax - domainMin), 0, 1) * (size - 1);
            var index = Math.Min((int)position, size - 2);
            axes[at + v] = index << 16 | (int)MathF.Round((position - index) * One);
        }
    }
}
