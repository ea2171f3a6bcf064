namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// Which beat of each bar is the first: of the <c>meter</c>'s possible phases, the one whose beats carry the most
/// low-band onset (kick, bass) and the most harmonic change (a new chord arrives on a bar line), in the manner of
/// Goto's and Davies' downbeat cues; or, given <c>first_beat</c>, the phase of the beat nearest it.
/// </summary>
public static class DownbeatFinder
{
    /// <summary>Beats each side compared for harmonic change: two, so a pad's slow swell still counts at its bar line.</summary>
    private const int ChangeBeats = 2;

    /// <summary>Harmonic change (mean log-mel difference, about 0.05–0.3) against low-band onsets (unit deviation).</summary>
    private const double HarmonyWeight = 10;

    /// <summary>Indexes into <paramref name="beatFrames"/> of the beats that begin a bar.</summary>
    public static IReadOnlyList<int> Find(IReadOnlyList<double> beatFrames, LogMelSpectrogram spectrogram, int beatsPerBar, double? firstBeatFrame)
    {
        if (beatFrames.Count == 0)
        {
            return [];
        }
        int phase;
        if (firstBeatFrame is { } first)
        {
            var nearest = 0;
            for (var i = 1; i < beatFrames.Count; i++)
            {
                if (Math.Abs(beatFrames[i] - first) < Math.Abs(beatFrames[nearest] - first))
                {
                    nearest = i;
                }
            }
            phase = nearest % beatsPerBar;
        }
        else
        {
            phase = StrongestPhase(beatFrames, spectrogram, beatsPerBar);
        }
        var downbeats = new List<int>();
        for (var i = phase; i < beatFrames.Count; i += beatsPerBar)
        {
            downbeats.Add(i);
        }
        return downbeats;
    }

    private static int StrongestPhase(IReadOnlyList<double> beatFrames, LogMelSpectrogram spectrogram, int beatsPerBar)
    {
        var low = OnsetEnvelope.Of(spectrogram, 0, LogMelSpectrogram.LowBands);
        var cue = new double[beatFrames.Count];
        for (var i = ChangeBeats; i < beatFrames.Count - ChangeBeats; i++)
        {
            var at = (int)Math.Round(beatFrames[i]);
            var lowOnset = 0.0;
            for (var t = Math.Max(0, at - 2); t <= Math.Min(low.Length - 1, at + 2); t++)
            {
                lowOnset = Math.Max(lowOnset, low[t]);
            }
            cue[i] = lowOnset + (HarmonyWeight * Change(spectrogram, beatFrames[i - ChangeBeats], beatFrames[i], beatFrames[i + ChangeBeats]));
        }
        var best = 0;
        var bestMean = double.NegativeInfinity;
        for (var phase = 0; phase < beatsPerBar; phase++)
        {
            double sum = 0;
            var n = 0;
            for (var i = phase; i < cue.Length; i += beatsPerBar)
            {
                sum += cue[i];
                n++;
            }
            if (n > 0 && sum / n > bestMean)
            {
                (best, bestMean) = (phase, sum / n);
            }
        }
        return best;
    }

    /// <summary>How different the beat after <paramref name="at"/> sounds from the beat before it: mean absolute log-mel difference.</summary>
    private static double Change(LogMelSpectrogram spectrogram, double before, double at, double after)
    {
        var previous = BeatSpectrum.Mean(spectrogram, before, at);
        var next = BeatSpectrum.Mean(spectrogram, at, after);
        double sum = 0;
        for (var b = 0; b < previous.Length; b++)
        {
            sum += Math.Abs(next[b] - previous[b]);
        }
        return sum / previous.Length;
    }
}
