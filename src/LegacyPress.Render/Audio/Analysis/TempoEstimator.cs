namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// The beat period from the onset envelope's autocorrelation: the lag (40–240 bpm) whose self-similarity, weighted
/// by a broad log-normal prior around 120 bpm (as in Ellis 2007), is highest, refined between lags by a parabola.
/// Only a starting period: the beat tracker follows the music from there, and the reported tempo comes from the
/// beats it finds.
/// </summary>
public static class TempoEstimator
{
    public const double SlowestBpm = 40;
    public const double FastestBpm = 240;
    private const double PriorCentreBpm = 120;

    /// <summary>Spread of the prior in octaves: wide enough for 60–200 bpm music to win on its own periodicity.</summary>
    private const double PriorOctaves = 1.0;

    /// <summary>The period in envelope frames, and how periodic the envelope is there (the autocorrelation at that lag over that at lag 0).</summary>
    public static (double PeriodFrames, double Periodicity) Estimate(ReadOnlySpan<float> envelope, double framesPerSecond)
    {
        var shortest = (int)Math.Floor(60 * framesPerSecond / FastestBpm);
        var longest = (int)Math.Ceiling(60 * framesPerSecond / SlowestBpm);
        if (envelope.Length < 2 * longest)
        {
            throw new ArgumentException("too short to hold two beats at the slowest tempo", nameof(envelope));
        }
        var acf = new double[longest + 2];
        for (var lag = 0; lag < acf.Length; lag++)
        {
            double sum = 0;
            for (var t = 0; t + lag < envelope.Length; t++)
            {
                sum += envelope[t] * envelope[t + lag];
            }
            acf[lag] = sum / (envelope.Length - lag);
        }
        var centre = 60 * framesPerSecond / PriorCentreBpm;
        var best = shortest;
        var bestScore = double.NegativeInfinity;
        for (var lag = shortest; lag <= longest; lag++)
        {
            var octaves = Math.Log2(lag / centre);
            var score = acf[lag] * Math.Exp(-0.5 * octaves * octaves / (PriorOctaves * PriorOctaves));
            if (score > bestScore)
            {
                (best, bestScore) = (lag, score);
            }
        }
        var (a, b, c) = (acf[best - 1], acf[best], acf[best + 1]);
        var denominator = a - (2 * b) + c;
        var shift = denominator < 0 ? Math.Clamp(0.5 * (a - c) / denominator, -0.5, 0.5) : 0;
        return (best + shift, acf[0] > 0 ? b / acf[0] : 0);
    }
}
