namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// Tempo from the autocorrelation of the onset envelope, weighted by a log-Gaussian prior on the period (Ellis 2007:
/// listeners favour periods near half a second), searched over 60–200 BPM, then refined between lags from the
/// autocorrelation's peaks at one to four periods.
/// </summary>
internal static class TempoEstimator
{
    public const double SlowestBpm = 60;
    public const double FastestBpm = 200;
    private const double PriorCentreBpm = 120;
    private const double PriorWidthOctaves = 1.0;
    private const int RefiningMultiples = 4;

    public static TempoEstimate Estimate(ReadOnlySpan<double> envelope, double framesPerSecond)
    {
        var shortestLag = (int)Math.Floor(60 * framesPerSecond / FastestBpm);
        var longestLag = (int)Math.Ceiling(60 * framesPerSecond / SlowestBpm);
        var acf = Autocorrelation(envelope, Math.Min(envelope.Length - 1, (longestLag * RefiningMultiples) + 4));
        var centreLag = 60 * framesPerSecond / PriorCentreBpm;
        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var lag = Math.Max(2, shortestLag); lag <= Math.Min(longestLag, acf.Length - 2); lag++)
        {
            if (acf[lag] < acf[lag - 1] || acf[lag] < acf[lag + 1])
            {
                continue;
            }
            var octaves = Math.Log2(lag / centreLag) / PriorWidthOctaves;
            var score = acf[lag] * Math.Exp(-0.5 * octaves * octaves);
            if (score > bestScore)
            {
                bestScore = score;
                best = lag;
            }
        }
        if (best < 0 || acf[0] <= 0)
        {
            return new TempoEstimate(centreLag, 0);
        }
        return new TempoEstimate(Refine(acf, best), Math.Max(0, acf[best] / acf[0]));
    }

    // A peak k periods out is k times as precise about the period; take the ones that are still clearly there.
    private static double Refine(double[] acf, int lag)
    {
        var first = lag + Parabola.PeakOffset(acf[lag - 1], acf[lag], acf[lag + 1]);
        double sumPeaks = first, sumMultiples = 1;
        for (var k = 2; k <= RefiningMultiples; k++)
        {
            var expected = (int)Math.Round(first * k);
            var reach = k;
            if (expected + reach + 1 >= acf.Length)
            {
                break;
            }
            var peak = expected;
            for (var i = expected - reach; i <= expected + reach; i++)
            {
                if (acf[i] > acf[peak])
                {
                    peak = i;
                }
            }
            if (peak == expected - reach || peak == expected + reach || acf[peak] < 0.3 * acf[lag])
            {
                continue;
            }
            sumPeaks += peak + Parabola.PeakOffset(acf[peak - 1], acf[peak], acf[peak + 1]);
            sumMultiples += k;
        }
        return sumPeaks / sumMultiples;
    }

    private static double[] Autocorrelation(ReadOnlySpan<double> x, int maxLag)
    {
        var acf = new double[Math.Max(0, maxLag) + 1];
        for (var lag = 0; lag < acf.Length; lag++)
        {
            var sum = 0.0;
            for (var i = lag; i < x.Length; i++)
            {
                sum += x[i] * x[i - lag];
            }
            // Unbiased: long lags are not penalised for having fewer products.
            acf[lag] = sum / (x.Length - lag);
        }
        return acf;
    }
}
