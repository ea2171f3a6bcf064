namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// The onset strength as the tempo and beat searches read it: the local mean (over about a second) removed, so a
/// loud passage does not outweigh a quiet one, then scaled to unit standard deviation, so the beat tracker's
/// tightness means the same on every file.
/// </summary>
internal static class OnsetEnvelope
{
    private const double LocalMeanSeconds = 1.0;

    public static double[] Normalise(ReadOnlySpan<double> onset, double framesPerSecond)
    {
        var n = onset.Length;
        var half = Math.Max(1, (int)Math.Round(LocalMeanSeconds * framesPerSecond / 2));
        var prefix = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + onset[i];
        }
        var result = new double[n];
        for (var i = 0; i < n; i++)
        {
            int lo = Math.Max(0, i - half), hi = Math.Min(n, i + half + 1);
            result[i] = onset[i] - ((prefix[hi] - prefix[lo]) / (hi - lo));
        }
        var deviation = StandardDeviation(result);
        if (deviation > 0)
        {
            for (var i = 0; i < n; i++)
            {
                result[i] /= deviation;
            }
        }
        return result;
    }

    /// <summary>The frame where onset energy peaks near <paramref name="frame"/>, between frames (parabolic), or <paramref name="frame"/> itself when no peak lies within <paramref name="reachFrames"/>.</summary>
    public static double PeakNear(ReadOnlySpan<double> onset, int frame, int reachFrames)
    {
        int lo = Math.Max(1, frame - reachFrames), hi = Math.Min(onset.Length - 2, frame + reachFrames);
        var best = -1;
        for (var i = lo; i <= hi; i++)
        {
            if (onset[i] >= onset[i - 1] && onset[i] > onset[i + 1] && (best < 0 || onset[i] > onset[best]))
            {
                best = i;
            }
        }
        if (best < 0)
        {
            return frame;
        }
        return best + Parabola.PeakOffset(onset[best - 1], onset[best], onset[best + 1]);
    }

    private static double StandardDeviation(ReadOnlySpan<double> values)
    {
        if (values.Length == 0)
        {
            return 0;
        }
        double mean = 0, squares = 0;
        foreach (var v in values)
        {
            mean += v;
        }
        mean /= values.Length;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }
        return Math.Sqrt(squares / values.Length);
    }
}
