namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// Beat tracking by dynamic programming (Ellis 2007, "Beat Tracking by Dynamic Programming"): the best beat sequence
/// maximises the onset strength at its beats plus, for each gap, −tightness·log²(gap / period), so it follows the
/// onsets where they are clear, keeps the period through quiet bars, and bends with a drifting or changing tempo.
/// </summary>
internal static class BeatTracker
{
    /// <summary>Ellis's (and librosa's) default: a gap 10% off the period costs about as much as one average onset.</summary>
    public const double Tightness = 100;

    /// <summary>The beats, as frames of the envelope (ascending), found around <paramref name="periodFrames"/>.</summary>
    public static int[] Track(ReadOnlySpan<double> envelope, double periodFrames)
    {
        var n = envelope.Length;
        var local = Smooth(envelope, periodFrames / 32);
        var score = new double[n];
        var backlink = new int[n];
        var nearest = (int)Math.Round(periodFrames / 2);
        var farthest = (int)Math.Round(periodFrames * 2);
        // The transition cost depends only on the gap: work it out once per gap.
        var penalty = new double[farthest + 1];
        for (var gap = 1; gap <= farthest; gap++)
        {
            var log = Math.Log(gap / periodFrames);
            penalty[gap] = -Tightness * log * log;
        }
        for (var t = 0; t < n; t++)
        {
            var best = double.NegativeInfinity;
            var from = -1;
            for (var gap = nearest; gap <= farthest && t - gap >= 0; gap++)
            {
                var candidate = score[t - gap] + penalty[gap];
                if (candidate > best)
                {
                    best = candidate;
                    from = t - gap;
                }
            }
            // A chain that only costs may be dropped: the sequence may start anywhere.
            if (from < 0 || best < 0)
            {
                score[t] = local[t];
                backlink[t] = -1;
            }
            else
            {
                score[t] = local[t] + best;
                backlink[t] = from;
            }
        }
        var last = LastBeat(score, periodFrames);
        var beats = new List<int>();
        for (var t = last; t >= 0; t = backlink[t])
        {
            beats.Add(t);
        }
        beats.Reverse();
        return [.. beats];
    }

    // The best-scoring frame in the last period that sits on an onset: later frames have longer chains behind them, so
    // only the last period is a fair contest.
    private static int LastBeat(double[] score, double periodFrames)
    {
        var n = score.Length;
        var from = Math.Max(0, n - (int)Math.Ceiling(periodFrames));
        var best = n - 1;
        for (var t = from; t < n; t++)
        {
            if (score[t] > score[best])
            {
                best = t;
            }
        }
        return best;
    }

    private static double[] Smooth(ReadOnlySpan<double> x, double sigmaFrames)
    {
        var reach = Math.Max(1, (int)Math.Ceiling(3 * sigmaFrames));
        var kernel = new double[(2 * reach) + 1];
        for (var i = -reach; i <= reach; i++)
        {
            kernel[i + reach] = Math.Exp(-0.5 * (i / sigmaFrames) * (i / sigmaFrames));
        }
        var sum = kernel.Sum();
        var result = new double[x.Length];
        for (var t = 0; t < x.Length; t++)
        {
            var acc = 0.0;
            for (var i = -reach; i <= reach; i++)
            {
                var at = t + i;
                if (at >= 0 && at < x.Length)
                {
                    acc += kernel[i + reach] * x[at];
                }
            }
            result[t] = acc / sum;
        }
        return result;
    }
}
