namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// Beats by dynamic programming, as in Ellis (2007), "Beat Tracking by Dynamic Programming": each frame's best score
/// is its onset strength plus the best score of a previous beat between half and twice the period back, less a
/// penalty for how far that gap is from the period (tightness · log(gap / period)²); the best final beat is traced
/// back. Each beat is then placed between frames at its onset peak, so beats are good to a few milliseconds.
/// </summary>
public static class BeatTracker
{
    /// <summary>Ellis's (and librosa's) tightness for a unit-deviation envelope: a steady beat wins over a stray onset.</summary>
    public const double Tightness = 100;

    /// <summary>Beat positions in envelope frames (fractional), ascending.</summary>
    public static IReadOnlyList<double> Track(ReadOnlySpan<float> envelope, double periodFrames)
    {
        var count = envelope.Length;
        var score = new double[count];
        var previous = new int[count];
        var shortest = Math.Max(1, (int)Math.Round(periodFrames / 2));
        var longest = Math.Max(shortest, (int)Math.Round(2 * periodFrames));
        // The transition penalty depends only on the gap: one table.
        var penalty = new double[longest + 1];
        for (var gap = shortest; gap <= longest; gap++)
        {
            var ratio = Math.Log(gap / periodFrames);
            penalty[gap] = -Tightness * ratio * ratio;
        }
        for (var t = 0; t < count; t++)
        {
            var best = double.NegativeInfinity;
            var from = -1;
            for (var gap = shortest; gap <= longest && t - gap >= 0; gap++)
            {
                var candidate = score[t - gap] + penalty[gap];
                if (candidate > best)
                {
                    (best, from) = (candidate, t - gap);
                }
            }
            // A chain may start anywhere: a beat with no good predecessor is the first of its chain.
            if (from < 0 || best < 0)
            {
                (best, from) = (0, -1);
            }
            score[t] = envelope[t] + best;
            previous[t] = from;
        }
        // The last beat: the best-scoring frame within the final period.
        var last = count - 1;
        for (var t = Math.Max(0, count - (int)Math.Ceiling(periodFrames)); t < count; t++)
        {
            if (score[t] > score[last])
            {
                last = t;
            }
        }
        var frames = new List<int>();
        for (var t = last; t >= 0; t = previous[t])
        {
            frames.Add(t);
        }
        frames.Reverse();
        // The path runs from the first frame to the last; beats in the silence before the music starts or after it
        // ends are the grid carried on, not beats heard: trim them (as librosa does), weak beats at either end.
        var weak = 0.5 * Math.Sqrt(Mean(envelope, e => e * e));
        while (frames.Count > 0 && Loudest(envelope, frames[0]) < weak)
        {
            frames.RemoveAt(0);
        }
        while (frames.Count > 0 && Loudest(envelope, frames[^1]) < weak)
        {
            frames.RemoveAt(frames.Count - 1);
        }
        var beats = new List<double>(frames.Count);
        foreach (var frame in frames)
        {
            beats.Add(Refine(envelope, frame));
        }
        return beats;
    }

    private static float Loudest(ReadOnlySpan<float> envelope, int frame)
    {
        var loudest = 0f;
        for (var t = Math.Max(0, frame - 2); t <= Math.Min(envelope.Length - 1, frame + 2); t++)
        {
            loudest = Math.Max(loudest, envelope[t]);
        }
        return loudest;
    }

    private static double Mean(ReadOnlySpan<float> values, Func<double, double> of)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += of(v);
        }
        return values.Length > 0 ? sum / values.Length : 0;
    }

    /// <summary>A beat on an onset peak moves to the peak's parabolic centre; a beat in a quiet stretch stays where the grid put it.</summary>
    private static double Refine(ReadOnlySpan<float> envelope, int frame)
    {
        var peak = frame;
        for (var t = Math.Max(1, frame - 2); t <= Math.Min(envelope.Length - 2, frame + 2); t++)
        {
            if (envelope[t] > envelope[peak])
            {
                peak = t;
            }
        }
        if (peak < 1 || peak > envelope.Length - 2 || envelope[peak] <= 0)
        {
            return frame;
        }
        double a = envelope[peak - 1], b = envelope[peak], c = envelope[peak + 1];
        var denominator = a - (2 * b) + c;
        return denominator < 0 ? peak + Math.Clamp(0.5 * (a - c) / denominator, -0.5, 0.5) : peak;
    }
}
