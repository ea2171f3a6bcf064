using System.Runtime.Intrinsics;

namespace LegacyPress.Render.Look;

/// <summary>
/// A LUT blended by its strength, baked for 8-bit pixels: the graded colour of every one of the 2^24 input colours,
/// so grading a pixel is one read. Each entry is the graded BGRA pixel with alpha 255, found at
/// <see cref="IndexOf(uint)"/> of the input pixel. Immutable once built, so threads share it.
/// </summary>
/// <remarks>
/// Each entry is exactly what the per-pixel path computed (<see cref="LutTransform"/>'s tetrahedral interpolation,
/// blended by strength in float) rounded to bytes, so a LUT-only grade is bit-identical to it. 64 MB, filled on all
/// cores: 0.2–0.35 s CPU once per render on the 2-core bench machine, against ≈32 ms saved on every 1080p frame.
/// Measured against the alternatives (LUT pass, CPU ms per 1080p frame): the same pass reading only a 256 KB,
/// L2-resident corner of the table took 2.0 ms against 2.5–3.3 ms for the whole table, so a small table that needs
/// four reads and an interpolation per pixel cannot win; colours in 8x8x8 bricks beat plain R-G-B order on the
/// fused pass (≈4.5 against ≈5.5 ms, before the grain amplitude stopped being a table); 2 MB pages (madvise) gained
/// nothing and made the build slower; eight scalar reads instead of vpgatherdd were no faster.
/// </remarks>
public sealed class BakedLut
{
    public const int Entries = 1 << 24;

    // Pinned (on the pinned object heap) because the grader reads it through a pointer for vector gathers.
    private readonly uint[] colours;

    public BakedLut(CubeLut lut, float strength)
    {
        var transform = new LutTransform(lut);
        colours = GC.AllocateUninitializedArray<uint>(Entries, pinned: true);
        Parallel.For(0, 256, red =>
        {
            for (var green = 0; green < 256; green++)
            {
                for (var blue = 0; blue < 256; blue++)
                {
                    var (lr, lg, lb) = transform.Map((byte)red, (byte)green, (byte)blue);
                    float r = red, g = green, b = blue;
                    r += (lr * 255f - r) * strength;
                    g += (lg * 255f - g) * strength;
                    b += (lb * 255f - b) * strength;
                    colours[(int)IndexOf((uint)(red << 16 | green << 8 | blue))] = 0xFF000000u | (uint)ToByte(r) << 16 | (uint)ToByte(g) << 8 | ToByte(b);
                }
            }
        });
    }

    /// <summary>Graded pixels, the one for input pixel p at <see cref="IndexOf(uint)"/>(p).</summary>
    public ReadOnlySpan<uint> Colours => colours;

    /// <summary>The graded pixel for a BGRA pixel (its alpha is ignored).</summary>
    public uint this[uint bgra] => colours[(int)IndexOf(bgra)];

    /// <summary>
    /// Where a BGRA pixel's colour is in the table (alpha ignored): in bricks of 8x8x8 colours, so the similar colours
    /// of neighbouring pixels share cache lines and pages.
    /// </summary>
    public static uint IndexOf(uint bgra) =>
        (bgra & 0xF80000) | (bgra & 0xF800) << 3 | (bgra & 0xF8) << 6 | (bgra >> 10 & 0x1C0) | (bgra >> 5 & 0x38) | (bgra & 7);

    /// <inheritdoc cref="IndexOf(uint)"/>
    public static Vector256<int> IndexOf(Vector256<int> bgra) =>
        (bgra & Vector256.Create(0xF80000)) | (bgra & Vector256.Create(0xF800)) << 3 | (bgra & Vector256.Create(0xF8)) << 6
        | ((bgra >>> 10) & Vector256.Create(0x1C0)) | ((bgra >>> 5) & Vector256.Create(0x38)) | (bgra & Vector256.Create(7));

    private static byte ToByte(float v) => (byte)Math.Clamp((int)(v + 0.5f), 0, 255);
}
