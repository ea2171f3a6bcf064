namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// Where the music changes character (Foote 2000): a checkerboard kernel slid along the diagonal of the beat-by-beat
/// self-similarity of harmony (chroma) and timbre (log-mel) scores high where the beats before are alike, the beats
/// after are alike, and the two differ. Peaks at least <see cref="MinimumGapSeconds"/> apart, each moved to the nearest
/// downbeat, are the candidates for markers.
/// </summary>
internal static class SectionBoundaries
{
    public const double MinimumGapSeconds = 8;
    private const double KernelSeconds = 6;
    private const int SmallestKernelBeats = 8;
    private const int LargestKernelBeats = 32;

    /// <param name="beatSeconds">Every beat, ascending.</param>
    /// <param name="downbeatSeconds">The downbeats the boundaries are moved to (a subset of the beats).</param>
    public static IReadOnlyList<double> Find(
        IReadOnlyList<double[]> chroma, IReadOnlyList<double[]> timbre, IReadOnlyList<double> beatSeconds, IReadOnlyList<double> downbeatSeconds)
    {
        var beats = beatSeconds.Count;
        if (beats < 2 * SmallestKernelBeats || downbeatSeconds.Count == 0)
        {
            return [];
        }
        var beatLength = (beatSeconds[^1] - beatSeconds[0]) / (beats - 1);
        var half = Math.Clamp((int)Math.Round(KernelSeconds / beatLength), SmallestKernelBeats, LargestKernelBeats);
        half = Math.Min(half, beats / 2);
        var harmony = UnitRows(chroma);
        var colour = UnitRows(Standardised(timbre));
        // Only the band of the matrix within the kernel's reach is ever read.
        var band = new double[beats][];
        for (var i = 0; i < beats; i++)
        {
            band[i] = new double[2 * half];
            for (var d = 0; d < 2 * half && i + d < beats; d++)
            {
                band[i][d] = 0.5 * (Dot(harmony[i], harmony[i + d]) + Dot(colour[i], colour[i + d]));
            }
        }
        double Similar(int i, int j) => i <= j ? band[i][j - i] : band[j][i - j];

        var taper = new double[2 * half];
        for (var a = -half; a < half; a++)
        {
            var x = (a + 0.5) / (half / 2.0);
            taper[a + half] = Math.Exp(-0.5 * x * x);
        }
        var novelty = new double[beats];
        for (var i = half; i <= beats - half; i++)
        {
            var sum = 0.0;
            for (var a = -half; a < half; a++)
            {
                for (var b = -half; b < half; b++)
                {
                    var sign = (a < 0) == (b < 0) ? 1 : -1;
                    sum += sign * taper[a + half] * taper[b + half] * Similar(i + a, i + b);
                }
            }
            novelty[i] = Math.Max(0, sum);
        }
        return PickPeaks(novelty, half, beatSeconds, downbeatSeconds);
    }

    private static IReadOnlyList<double> PickPeaks(double[] novelty, int half, IReadOnlyList<double> beatSeconds, IReadOnlyList<double> downbeatSeconds)
    {
        var valid = novelty.Skip(half).Take(Math.Max(1, novelty.Length - (2 * half) + 1)).ToArray();
        var mean = valid.Average();
        var deviation = Math.Sqrt(valid.Average(v => (v - mean) * (v - mean)));
        var threshold = mean + (0.5 * deviation);
        var candidates = new List<int>();
        for (var i = half; i <= novelty.Length - half; i++)
        {
            if (novelty[i] > threshold && novelty[i] >= novelty[i - 1] && (i + 1 >= novelty.Length || novelty[i] >= novelty[i + 1]))
            {
                candidates.Add(i);
            }
        }
        var chosen = new List<double>();
        foreach (var i in candidates.OrderByDescending(i => novelty[i]))
        {
            var at = Nearest(downbeatSeconds, beatSeconds[i]);
            if (chosen.All(c => Math.Abs(c - at) >= MinimumGapSeconds))
            {
                chosen.Add(at);
            }
        }
        chosen.Sort();
        return chosen;
    }

    private static double Nearest(IReadOnlyList<double> sorted, double value)
    {
        var best = sorted[0];
        foreach (var s in sorted)
        {
            if (Math.Abs(s - value) < Math.Abs(best - value))
            {
                best = s;
            }
        }
        return best;
    }

    // Each timbre band as its deviation from its own mean over the piece: loudness alone then does not look like change.
    private static double[][] Standardised(IReadOnlyList<double[]> rows)
    {
        var width = rows[0].Length;
        var mean = new double[width];
        var spread = new double[width];
        foreach (var r in rows)
        {
            for (var i = 0; i < width; i++)
            {
                mean[i] += r[i] / rows.Count;
            }
        }
        foreach (var r in rows)
        {
            for (var i = 0; i < width; i++)
            {
                spread[i] += (r[i] - mean[i]) * (r[i] - mean[i]) / rows.Count;
            }
        }
        return [.. rows.Select(r => Enumerable.Range(0, width).Select(i => spread[i] > 0 ? (r[i] - mean[i]) / Math.Sqrt(spread[i]) : 0).ToArray())];
    }

    private static double[][] UnitRows(IReadOnlyList<double[]> rows) =>
        [.. rows.Select(r =>
        {
            var length = Math.Sqrt(r.Sum(v => v * v));
            return length > 0 ? r.Select(v => v / length).ToArray() : r.ToArray();
        })];

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
