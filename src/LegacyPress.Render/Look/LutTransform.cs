namespace LegacyPress.Render.Look;

/// <summary>
/// A <see cref="CubeLut"/> made ready for 8-bit pixels: each byte value's grid cell and fraction precomputed per
/// channel, then tetrahedral interpolation (4 grid reads per pixel; exact for any LUT that is linear, like the
/// identity). Immutable, so any number of threads can apply it at once.
/// </summary>
public sealed class LutTransform
{
    private readonly float[] grid;
    private readonly int size;
    private readonly Axis red;
    private readonly Axis green;
    private readonly Axis blue;

    public LutTransform(CubeLut lut)
    {
        size = lut.Size;
        grid = new float[3 * size * size * size];
        for (var b = 0; b < size; b++)
        {
            for (var g = 0; g < size; g++)
            {
                for (var r = 0; r < size; r++)
                {
                    var i = 3 * (r + size * (g + size * b));
                    (grid[i], grid[i + 1], grid[i + 2]) = lut[r, g, b];
                }
            }
        }
        red = new Axis(size, lut.DomainMin.R, lut.DomainMax.R, 3);
        green = new Axis(size, lut.DomainMin.G, lut.DomainMax.G, 3 * size);
        blue = new Axis(size, lut.DomainMin.B, lut.DomainMax.B, 3 * size * size);
    }

    /// <summary>Maps one colour (bytes) to its graded colour, 0..1 floats.</summary>
    public (float R, float G, float B) Map(byte r, byte g, byte b)
    {
        var fr = red.Fraction[r];
        var fg = green.Fraction[g];
        var fb = blue.Fraction[b];
        var origin = red.Offset[r] + green.Offset[g] + blue.Offset[b];
        int dr = red.Step[r], dg = green.Step[g], db = blue.Step[b];

        // The unit cube splits into six tetrahedra by the order of the fractions; walk its edges largest first.
        int first, second;
        float w0, w1, w2, w3;
        if (fr > fg)
        {
            if (fg > fb)
            {
                (first, second) = (dr, dr + dg);
                (w0, w1, w2, w3) = (1 - fr, fr - fg, fg - fb, fb);
            }
            else if (fr > fb)
            {
                (first, second) = (dr, dr + db);
                (w0, w1, w2, w3) = (1 - fr, fr - fb, fb - fg, fg);
            }
            else
            {
                (first, second) = (db, db + dr);
                (w0, w1, w2, w3) = (1 - fb, fb - fr, fr - fg, fg);
            }
        }
        else
        {
            if (fb > fg)
            {
                (first, second) = (db, db + dg);
                (w0, w1, w2, w3) = (1 - fb, fb - fg, fg - fr, fr);
            }
            else if (fb > fr)
            {
                (first, second) = (dg, dg + db);
                (w0, w1, w2, w3) = (1 - fg, fg - fb, fb - fr, fr);
            }
            else
            {
                (first, second) = (dg, dg + dr);
                (w0, w1, w2, w3) = (1 - fg, fg - fr, fr - fb, fb);
            }
        }
        var c0 = origin;
        var c1 = origin + first;
        var c2 = origin + second;
        var c3 = origin + dr + dg + db;
        return (
            w0 * grid[c0] + w1 * grid[c1] + w2 * grid[c2] + w3 * grid[c3],
            w0 * grid[c0 + 1] + w1 * grid[c1 + 1] + w2 * grid[c2 + 1] + w3 * grid[c3 + 1],
            w0 * grid[c0 + 2] + w1 * grid[c1 + 2] + w2 * grid[c2 + 2] + w3 * grid[c3 + 2]);
    }

    /// <summary>Per byte value of one channel: the lower grid index (as an array offset), the step to the next, the fraction.</summary>
    private sealed class Axis
    {
        public Axis(int size, float domainMin, float domainMax, int stride)
        {
            for (var v = 0; v < 256; v++)
            {
                var position = Math.Clamp((v / 255f - domainMin) / (domainMax - domainMin), 0, 1) * (size - 1);
                var index = Math.Min((int)position, size - 2);
                Offset[v] = index * stride;
                Step[v] = stride;
                Fraction[v] = position - index;
            }
        }

        public int[] Offset { get; } = new int[256];

        public int[] Step { get; } = new int[256];

        public float[] Fraction { get; } = new float[256];
    }
}
