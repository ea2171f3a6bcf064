namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// Where the music's character changes, as candidate markers: Foote's (2000) novelty — a Gaussian-tapered
/// checkerboard kernel slid along the diagonal of the self-similarity (cosine) matrix of beat-synchronous log-mel
/// spectra — peak-picked above its mean plus a standard deviation, at least <see cref="MinimumSectionSeconds"/>
/// apart, each moved to the nearest bar line.
/// </summary>
public static class SectionFinder
{
    public const double MinimumSectionSeconds = 8;

    /// <summary>Beats each side of the kernel's centre: four bars of 4/4.</summary>
    private const int HalfKernelBeats = 16;

    /// <summary>Section starts in envelope frames, ascending.</summary>
    public static IReadOnlyList<double> Find(IReadOnlyList<double> beatFrames, IReadOnlyList<int> downbeats, LogMelSpectrogram spectrogram)
    {
        var n = beatFrames.Count - 1;
        if (n < 2 * HalfKernelBeats + 2)
        {
            return [];
        }
        var features = new double[n][];
        for (var i = 0; i < n; i++)
        {
            features[i] = Normalised(BeatSpectrum.Mean(spectrogram, beatFrames[i], beatFrames[i + 1]));
        }
        var novelty = new double[n];
        for (var c = HalfKernelBeats; c < n - HalfKernelBeats; c++)
        {
            double sum = 0;
            for (var i = -HalfKernelBeats; i < HalfKernelBeats; i++)
            {
                for (var j = -HalfKernelBeats; j < HalfKernelBeats; j++)
                {
                    // + within each side (past·past, future·future), − across, tapered towards the corners.
                    var sign = (i < 0) == (j < 0) ? 1 : -1;
                    var taper = Math.Exp(-(((i + 0.5) * (i + 0.5)) + ((j + 0.5) * (j + 0.5))) / (2.0 * (HalfKernelBeats / 2.0) * (HalfKernelBeats / 2.0)));
                    sum += sign * taper * Dot(features[c + i], features[c + j]);
                }
            }
            novelty[c] = sum;
        }
        var inner = novelty.Skip(HalfKernelBeats).Take(n - (2 * HalfKernelBeats)).ToArray();
        var mean = inner.Average();
        var deviation = Math.Sqrt(inner.Select(v => (v - mean) * (v - mean)).Average());
        var threshold = mean + deviation;
        var spacing = MinimumSectionSeconds * LogMelSpectrogram.FramesPerSecond;
        var peaks = Enumerable.Range(HalfKernelBeats, n - (2 * HalfKernelBeats))
            .Where(c => novelty[c] > threshold && novelty[c] >= novelty[c - 1] && novelty[c] >= novelty[c + 1])
            .OrderByDescending(c => novelty[c])
            .ToList();
        var chosen = new List<double>();
        foreach (var c in peaks)
        {
            var at = NearestBarLine(beatFrames[c], beatFrames, downbeats);
            if (chosen.All(other => Math.Abs(other - at) >= spacing))
            {
                chosen.Add(at);
            }
        }
        chosen.Sort();
        return chosen;
    }

    private static double NearestBarLine(double frame, IReadOnlyList<double> beatFrames, IReadOnlyList<int> downbeats) =>
        downbeats.Count == 0 ? frame : downbeats.Select(d => beatFrames[d]).MinBy(d => Math.Abs(d - frame));

    private static double[] Normalised(double[] vector)
    {
        var mean = vector.Average();
        var centred = vector.Select(v => v - mean).ToArray();
        var length = Math.Sqrt(centred.Sum(v => v * v));
        return length > 0 ? centred.Select(v => v / length).ToArray() : centred;
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
