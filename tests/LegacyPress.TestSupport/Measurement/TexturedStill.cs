namespace LegacyPress.TestSupport.Measurement;

/// <summary>
/// A synthetic grey still with detail at several scales (smooth value noise), for benchmarks and motion
/// measurements: textured everywhere so every patch can be located, smooth enough not to alias.
/// </summary>
public static class TexturedStill
{
    /// <param name="featurePixels">The finest detail, in still pixels; coarser octaves double it.</param>
    public static GrayImage Create(int widthPixels, int heightPixels, int seed = 1, double featurePixels = 16)
    {
        var values = new float[widthPixels * heightPixels];
        var octaves = new[] { (Cell: featurePixels * 4, Weight: 0.45), (Cell: featurePixels * 2, Weight: 0.35), (Cell: featurePixels, Weight: 0.20) };
        var grids = octaves.Select((o, k) => Lattice(widthPixels, heightPixels, o.Cell, seed * 7919 + k)).ToArray();
        Parallel.For(0, heightPixels, y =>
        {
            for (var x = 0; x < widthPixels; x++)
            {
                double sum = 0;
                for (var k = 0; k < octaves.Length; k++)
                {
                    sum += octaves[k].Weight * grids[k].At((x + 0.5) / octaves[k].Cell, (y + 0.5) / octaves[k].Cell);
                }
                // Lattice values are 0..1; keep clear of black and white so nothing clips.
                values[y * widthPixels + x] = (float)(30 + 195 * sum);
            }
        });
        return new GrayImage(widthPixels, heightPixels, values);
    }

    private static Grid Lattice(int width, int height, double cell, int seed)
    {
        var columns = (int)Math.Ceiling(width / cell) + 2;
        var rows = (int)Math.Ceiling(height / cell) + 2;
        var random = new Random(seed);
        var values = new double[columns * rows];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.NextDouble();
        }
        return new Grid(columns, values);
    }

    private sealed record Grid(int Columns, double[] Values)
    {
        /// <summary>Smoothstep-interpolated lattice value at lattice coordinates (u, v).</summary>
        public double At(double u, double v)
        {
            var i = (int)u;
            var j = (int)v;
            var s = Smooth(u - i);
            var t = Smooth(v - j);
            var a = Values[j * Columns + i];
            var b = Values[j * Columns + i + 1];
            var c = Values[(j + 1) * Columns + i];
            var d = Values[(j + 1) * Columns + i + 1];
            return (a + (b - a) * s) * (1 - t) + (c + (d - c) * s) * t;
        }

        private static double Smooth(double x) => x * x * (3 - 2 * x);
    }
}
