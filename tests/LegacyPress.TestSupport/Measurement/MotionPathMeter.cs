namespace LegacyPress.TestSupport.Measurement;

/// <summary>
/// Measures how closely rendered frames follow a planned camera path. For each frame it renders the
/// planned view of the still exactly (double precision, bilinear), then finds, at the centre and four
/// points around it, the sub-pixel shift that best aligns the real frame with the plan (integer search,
/// then Gauss-Newton with gain and offset). Shifts at several points capture scale errors as well as offsets.
/// </summary>
public sealed class MotionPathMeter
{
    private const int SearchRadius = 3;
    private const int Iterations = 6;
    private readonly GrayImage still;
    private readonly KenBurnsPath path;
    private readonly int width;
    private readonly int height;
    private readonly int patch;
    private readonly (int X, int Y)[] points;

    /// <param name="still">The still as it was drawn (grey levels 0..255).</param>
    public MotionPathMeter(GrayImage still, KenBurnsPath path, int frameWidthPixels, int frameHeightPixels)
    {
        this.still = still;
        this.path = path;
        width = frameWidthPixels;
        height = frameHeightPixels;
        patch = Math.Max(16, Math.Min(width, height) / 8 / 2 * 2);
        int cx = width / 2, cy = height / 2, dx = width / 4, dy = height / 4;
        points = [(cx, cy), (cx - dx, cy - dy), (cx + dx, cy - dy), (cx - dx, cy + dy), (cx + dx, cy + dy)];
    }

    /// <summary>The shift, in frame pixels, of each measuring point of one frame relative to the plan.</summary>
    public FrameDeviation Measure(int frame, GrayImage luma)
    {
        if (luma.WidthPixels != width || luma.HeightPixels != height)
        {
            throw new ArgumentException($"expected a {width}x{height} frame", nameof(luma));
        }
        var view = path.View(frame);
        var shifts = new (double X, double Y)[points.Length];
        Parallel.For(0, points.Length, i => shifts[i] = Locate(view, luma, points[i].X, points[i].Y));
        return new FrameDeviation(frame, shifts);
    }

    /// <summary>Summarises many frames' deviations.</summary>
    public static PathError Summarise(IReadOnlyList<FrameDeviation> frames)
    {
        var all = frames.SelectMany(f => f.Shifts).ToList();
        if (all.Count == 0)
        {
            return new PathError(0, 0, 0, 0);
        }
        var rms = Math.Sqrt(all.Average(s => s.X * s.X + s.Y * s.Y));
        var max = all.Max(s => Math.Sqrt(s.X * s.X + s.Y * s.Y));
        // Jitter: what is left after each measuring point's constant bias, i.e. the wobble the eye sees.
        var pointCount = frames[0].Shifts.Count;
        var jitterSquares = new List<double>();
        for (var p = 0; p < pointCount; p++)
        {
            var mx = frames.Average(f => f.Shifts[p].X);
            var my = frames.Average(f => f.Shifts[p].Y);
            jitterSquares.AddRange(frames.Select(f => Square(f.Shifts[p].X - mx) + Square(f.Shifts[p].Y - my)));
        }
        return new PathError(rms, max, Math.Sqrt(jitterSquares.Average()), frames.Count);
    }

    private static double Square(double x) => x * x;

    private (double X, double Y) Locate(SourceRect view, GrayImage luma, int centerX, int centerY)
    {
        var half = patch / 2;
        int x0 = centerX - half, y0 = centerY - half;
        var n = patch * patch;
        var actual = new double[n];
        for (var v = 0; v < patch; v++)
        {
            for (var u = 0; u < patch; u++)
            {
                actual[v * patch + u] = luma[x0 + u, y0 + v];
            }
        }

        // Gauss-Newton from no shift; only if that lands badly, an integer search to bring it within reach.
        var (dx, dy) = Refine(view, x0, y0, actual, 0, 0);
        if (Correlation(actual, Planned(view, x0, y0, dx, dy)) > 0.98 && Math.Abs(dx) < 1 && Math.Abs(dy) < 1)
        {
            return (dx, dy);
        }
        double bestX = 0, bestY = 0, bestScore = double.NegativeInfinity;
        for (var sy = -SearchRadius; sy <= SearchRadius; sy++)
        {
            for (var sx = -SearchRadius; sx <= SearchRadius; sx++)
            {
                var score = Correlation(actual, Planned(view, x0, y0, sx, sy));
                if (score > bestScore)
                {
                    (bestScore, bestX, bestY) = (score, sx, sy);
                }
            }
        }

        return Refine(view, x0, y0, actual, bestX, bestY);
    }

    /// <summary>Model: actual(p) ≈ gain · plan(p − d) + offset; solves for small changes of d by least squares, repeatedly.</summary>
    private (double X, double Y) Refine(SourceRect view, int x0, int y0, double[] actual, double dx, double dy)
    {
        var n = actual.Length;
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var template = Planned(view, x0, y0, dx, dy);
            var right = Planned(view, x0, y0, dx - 0.5, dy);
            var left = Planned(view, x0, y0, dx + 0.5, dy);
            var down = Planned(view, x0, y0, dx, dy - 0.5);
            var up = Planned(view, x0, y0, dx, dy + 0.5);
            var ata = new double[4, 4];
            var atb = new double[4];
            for (var i = 0; i < n; i++)
            {
                // d/d(dx) of plan(p − d) is −∂plan/∂x.
                var row = new[] { template[i], 1.0, -(right[i] - left[i]), -(down[i] - up[i]) };
                for (var r = 0; r < 4; r++)
                {
                    atb[r] += row[r] * actual[i];
                    for (var c = 0; c < 4; c++)
                    {
                        ata[r, c] += row[r] * row[c];
                    }
                }
            }
            var solution = Solve(ata, atb);
            if (solution is null || Math.Abs(solution[0]) < 1e-9)
            {
                break;
            }
            var stepX = solution[2] / solution[0];
            var stepY = solution[3] / solution[0];
            dx += stepX;
            dy += stepY;
            if (Math.Abs(stepX) + Math.Abs(stepY) < 1e-4)
            {
                break;
            }
        }
        return (dx, dy);
    }

    /// <summary>The planned frame's patch at (x0, y0), displaced by (dx, dy) frame pixels, in BT.709 limited-range luma.</summary>
    private double[] Planned(SourceRect view, int x0, int y0, double dx, double dy)
    {
        var values = new double[patch * patch];
        for (var v = 0; v < patch; v++)
        {
            for (var u = 0; u < patch; u++)
            {
                var (x, y) = view.Map(x0 + u - dx, y0 + v - dy, width, height);
                values[v * patch + u] = 16 + 219.0 / 255.0 * still.Sample(x, y);
            }
        }
        return values;
    }

    private static double Correlation(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i] - ma;
            var y = b[i] - mb;
            sab += x * y;
            saa += x * x;
            sbb += y * y;
        }
        return sab / Math.Sqrt(saa * sbb + 1e-12);
    }

    /// <summary>Gaussian elimination with partial pivoting; null when singular (a featureless patch).</summary>
    private static double[]? Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }
            if (Math.Abs(m[pivot, col]) < 1e-12)
            {
                return null;
            }
            for (var c = 0; c < n; c++)
            {
                (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
            }
            (x[col], x[pivot]) = (x[pivot], x[col]);
            for (var r = col + 1; r < n; r++)
            {
                var f = m[r, col] / m[col, col];
                for (var c = col; c < n; c++)
                {
                    m[r, c] -= f * m[col, c];
                }
                x[r] -= f * x[col];
            }
        }
        for (var r = n - 1; r >= 0; r--)
        {
            for (var c = r + 1; c < n; c++)
            {
                x[r] -= m[r, c] * x[c];
            }
            x[r] /= m[r, r];
        }
        return x;
    }
}

/// <summary>One frame's measured shifts (frame pixels) at the meter's measuring points.</summary>
public sealed record FrameDeviation(int Frame, IReadOnlyList<(double X, double Y)> Shifts);

/// <summary>
/// How far frames strayed from their planned path, in frame pixels: RMS and worst shift over all frames
/// and points, and the jitter (RMS once each point's constant bias is removed).
/// </summary>
public sealed record PathError(double RmsPixels, double MaxPixels, double JitterRmsPixels, int Frames);
