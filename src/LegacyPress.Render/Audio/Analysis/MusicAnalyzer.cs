using LegacyPress.Core.Model;

namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// Listens to mono samples and finds the beat grid: tempo, beats, downbeats, section changes, with film.yaml's
/// <see cref="MusicGridSettings"/> applied. Pure: samples in, <see cref="MusicAnalysis"/> out, or a
/// <see cref="MusicAnalysisException"/> naming <c>sourceName</c>.
/// </summary>
public static class MusicAnalyzer
{
    /// <summary>The rate the analysis is tuned for (windows and hop are in samples); <see cref="MusicListener"/> decodes to it.</summary>
    public const int SampleRateHz = 22050;

    /// <summary>Bump whenever a change here can move a beat: cached analyses of the old version stop matching.</summary>
    public const int AlgorithmVersion = 1;

    /// <summary>Below this there are too few beats to tell a tempo from a coincidence.</summary>
    public const double ShortestSeconds = 4;

    /// <summary>
    /// Only the first hour is analysed: it already takes ~320 MB as 22050 Hz floats, and a film's music bed is minutes
    /// long. Beats, downbeats and sections stop there; <see cref="MusicAnalysis.DurationSeconds"/> is the analysed length.
    /// </summary>
    public const double LongestSeconds = 3600;

    /// <summary>Peaks below this (−60 dBFS) are silence, not quiet music.</summary>
    private const double SilentPeak = 0.001;

    /// <summary>Below this normalised autocorrelation at the chosen period the envelope does not repeat: no steady beat.</summary>
    private const double LeastPeriodicity = 0.08;

    /// <summary>
    /// Beats every other one of which is on average this much stronger than the rest are really eighth notes of a beat
    /// twice as long (hats between kicks and snares give 2.75 in the bench); an accent on each bar's first beat, or a
    /// kick and snare alternating, stays below 2.1. The tracker is run at the faster of the two octaves so that this
    /// can be asked.
    /// </summary>
    private const double HalvingAccentRatio = 2.4;

    /// <summary>
    /// The same within one stretch of <see cref="AccentStretchBeats"/> beats: a sparse passage where only the slower pulse
    /// sounds settles it (the sample score's opening, pads and a music-box motif under eighth-note arpeggios later,
    /// reaches 3.9; steady pieces whose beat is the faster pulse stay below 2.8 in the bench).
    /// </summary>
    private const double HalvingStretchAccentRatio = 3.2;

    private const int AccentStretchBeats = 16;

    /// <summary>
    /// How far ahead of an attack the flux peaks. A 2048-sample window's log spectrum hears an attack before it reaches
    /// the window's centre, earliest over silence (31 ms on click tracks) and later inside a reverberant mix (13 ms on
    /// the sample score): this is between the two. Beats with a clear attack are then moved onto it by
    /// <see cref="AttackRefinement"/>, so the constant matters only where the attack is soft.
    /// </summary>
    private const double OnsetLeadSeconds = 0.018;

    /// <summary>Flux between frames t−1 and t sits half a frame before t; less the lead, in frames.</summary>
    private const double OnsetLagFrames = 0.5 - (OnsetLeadSeconds * SampleRateHz / SpectralMeasurement.HopSamples);

    private const int RefineReachFrames = 3;

    /// <summary>Silence this far below the music's loud frames at either end is not beaten through.</summary>
    private const double EdgeSilenceDb = 45;

    public static MusicAnalysis Analyse(ReadOnlySpan<float> samples, int sampleRateHz, MusicGridSettings grid, string sourceName, CancellationToken cancellation)
    {
        var longest = (int)Math.Min(samples.Length, LongestSeconds * sampleRateHz);
        samples = samples[..longest];
        var durationSeconds = (double)samples.Length / sampleRateHz;
        if (durationSeconds < ShortestSeconds)
        {
            throw new MusicAnalysisException($"{sourceName}: too short to find a beat ({durationSeconds:0.0} s; at least {ShortestSeconds:0} s is needed)");
        }
        var peak = 0f;
        foreach (var s in samples)
        {
            peak = Math.Max(peak, Math.Abs(s));
        }
        if (peak < SilentPeak)
        {
            throw new MusicAnalysisException($"{sourceName}: silent (peak {20 * Math.Log10(peak + 1e-12):0} dBFS), no beat to find");
        }

        var features = SpectralMeasurement.Measure(samples, sampleRateHz, cancellation);
        var envelope = OnsetEnvelope.Normalise(features.Onset, features.FramesPerSecond);
        var beatsPerBar = Math.Max(1, grid.Meter.BeatsPerBar);
        cancellation.ThrowIfCancellationRequested();

        IReadOnlyList<double> beatFrames;
        int downbeatPhase;
        if (grid is { TempoBpm: { } fixedBpm, FirstBeatSeconds: { } fixedFirst })
        {
            beatFrames = FixedGrid(fixedBpm, fixedFirst, durationSeconds, features);
            downbeatPhase = 0;
        }
        else
        {
            beatFrames = TrackedBeats(envelope, features, grid.TempoBpm, sourceName);
            downbeatPhase = grid.FirstBeatSeconds is { } first
                ? NearestIndex(beatFrames, features.FrameOf(first) + OnsetLagFrames) % beatsPerBar
                : DownbeatPhase.Choose(BeatFeatures.StrengthAt(features.LowOnset, beatFrames), BeatFeatures.Chroma(features, beatFrames), beatsPerBar);
        }
        cancellation.ThrowIfCancellationRequested();

        var tracked = grid is not { TempoBpm: not null, FirstBeatSeconds: not null };
        var beatSeconds = new double[beatFrames.Count];
        for (var i = 0; i < beatSeconds.Length; i++)
        {
            var seconds = Math.Max(0, features.SecondsOf(beatFrames[i] - OnsetLagFrames));
            beatSeconds[i] = tracked ? AttackRefinement.Refine(samples, sampleRateHz, seconds) : seconds;
        }
        var downbeatSeconds = beatSeconds.Where((_, i) => i % beatsPerBar == downbeatPhase).ToArray();
        var sections = SectionBoundaries.Find(BeatFeatures.Chroma(features, beatFrames), BeatFeatures.Timbre(features, beatFrames), beatSeconds, downbeatSeconds);
        var tempoBpm = grid.TempoBpm ?? 60 / AverageBeatSeconds(beatSeconds);
        return new MusicAnalysis(tempoBpm, beatSeconds, downbeatSeconds, sections, durationSeconds);
    }

    private static double[] FixedGrid(double tempoBpm, double firstBeatSeconds, double durationSeconds, SpectralFeatures features)
    {
        var period = 60 / tempoBpm;
        var count = (int)Math.Floor(((durationSeconds - firstBeatSeconds) / period) + 1e-9) + 1;
        return [.. Enumerable.Range(0, Math.Max(0, count)).Select(k => features.FrameOf(firstBeatSeconds + (k * period)) + OnsetLagFrames)];
    }

    private static IReadOnlyList<double> TrackedBeats(double[] envelope, SpectralFeatures features, double? givenTempoBpm, string sourceName)
    {
        double periodFrames;
        if (givenTempoBpm is { } bpm)
        {
            periodFrames = 60 * features.FramesPerSecond / bpm;
        }
        else
        {
            var estimate = TempoEstimator.Estimate(envelope, features.FramesPerSecond);
            if (estimate.Periodicity < LeastPeriodicity)
            {
                throw new MusicAnalysisException(
                    $"{sourceName}: no steady beat found (the onsets repeat at no period between {TempoEstimator.SlowestBpm:0} and {TempoEstimator.FastestBpm:0} BPM; "
                    + $"periodicity {estimate.Periodicity:0.00}, needs {LeastPeriodicity:0.00}); give tempo and first_beat in film.yaml");
            }
            // Track the faster of the two octaves the estimate could mean; the accents then say which is the beat.
            periodFrames = 60 * features.FramesPerSecond / (estimate.PeriodFrames / 2) <= TempoEstimator.FastestBpm
                ? estimate.PeriodFrames / 2
                : estimate.PeriodFrames;
        }
        var beats = Trimmed(BeatTracker.Track(envelope, periodFrames), features);
        if (givenTempoBpm is null)
        {
            beats = SlowerPulseIfAccented(beats, features, periodFrames);
        }
        if (beats.Count < 4)
        {
            throw new MusicAnalysisException($"{sourceName}: no steady beat found (only {beats.Count} beats tracked); give tempo and first_beat in film.yaml");
        }
        return [.. beats.Select(b => OnsetEnvelope.PeakNear(features.Onset, b, RefineReachFrames))];
    }

    // When every other beat is much stronger — over the whole piece, or in some sparse stretch where only the slower
    // pulse sounds — the beat is the slower pulse (if still within range), on the strong ones.
    private static List<int> SlowerPulseIfAccented(List<int> beats, SpectralFeatures features, double periodFrames)
    {
        var slowerBpm = 60 * features.FramesPerSecond / (2 * periodFrames);
        if (slowerBpm < TempoEstimator.SlowestBpm || beats.Count < 8)
        {
            return beats;
        }
        // A short piece is one stretch; an even length keeps both parities equally counted.
        var stretch = Math.Min(AccentStretchBeats, beats.Count & ~1);
        var strength = BeatFeatures.StrengthAt(features.Onset, [.. beats.Select(b => (double)b)]);
        var even = strength.Where((_, i) => i % 2 == 0).Average();
        var odd = strength.Where((_, i) => i % 2 == 1).Average();
        var parity = even >= odd ? 0 : 1;
        var overall = Math.Max(even, odd) / Math.Max(Math.Min(even, odd), 1e-9);
        var strongestStretch = 0.0;
        for (var from = 0; from + stretch <= strength.Length; from += stretch / 2)
        {
            double strong = 0, weak = 0;
            for (var i = from; i < from + stretch; i++)
            {
                if (i % 2 == parity)
                {
                    strong += strength[i];
                }
                else
                {
                    weak += strength[i];
                }
            }
            strongestStretch = Math.Max(strongestStretch, strong / Math.Max(weak, 1e-9));
        }
        return overall >= HalvingAccentRatio || strongestStretch >= HalvingStretchAccentRatio
            ? [.. beats.Where((_, i) => i % 2 == parity)]
            : beats;
    }

    // The tracker keeps the period through silence; beats at a silent start or end are invented, so they go.
    private static List<int> Trimmed(int[] beats, SpectralFeatures features)
    {
        var loudness = features.LoudnessDb.ToArray();
        var sorted = loudness.OrderBy(v => v).ToArray();
        var loud = sorted[(int)(0.95 * (sorted.Length - 1))];
        bool Audible(int frame)
        {
            for (var t = Math.Max(0, frame - 2); t <= Math.Min(loudness.Length - 1, frame + 6); t++)
            {
                if (loudness[t] > loud - EdgeSilenceDb)
                {
                    return true;
                }
            }
            return false;
        }
        var first = Array.FindIndex(beats, Audible);
        var last = Array.FindLastIndex(beats, Audible);
        return first < 0 ? [] : [.. beats[first..(last + 1)]];
    }

    private static int NearestIndex(IReadOnlyList<double> values, double target)
    {
        var best = 0;
        for (var i = 1; i < values.Count; i++)
        {
            if (Math.Abs(values[i] - target) < Math.Abs(values[best] - target))
            {
                best = i;
            }
        }
        return best;
    }

    // The least-squares slope of beat time against beat number: the whole piece's tempo, not one gap's.
    private static double AverageBeatSeconds(IReadOnlyList<double> beats)
    {
        var n = beats.Count;
        var meanIndex = (n - 1) / 2.0;
        var meanTime = beats.Average();
        double covariance = 0, variance = 0;
        for (var i = 0; i < n; i++)
        {
            covariance += (i - meanIndex) * (beats[i] - meanTime);
            variance += (i - meanIndex) * (i - meanIndex);
        }
        return covariance / variance;
    }
}
