using LegacyPress.Core.Model;

namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// Pure: a music file's samples (mono, <see cref="LogMelSpectrogram.SampleRate"/>) to its <see cref="MusicAnalysis"/>
/// — onset envelope, tempo, beats, bars and section changes — with film.yaml's <c>tempo</c>, <c>first_beat</c> and
/// <c>meter</c> applied: tempo and first beat together set the grid exactly; tempo alone is the period the beats
/// are tracked at; first beat alone fixes which beat is bar 1.
/// </summary>
public static class MusicAnalyzer
{
    /// <summary>Bump when a change here changes any result, so cached analyses are made again.</summary>
    public const string AlgorithmVersion = "beats-v1";

    /// <summary>Less than this holds too few beats to know a tempo by (two bars at 60 bpm).</summary>
    public const double MinimumSeconds = 4;

    /// <summary>The longest a track may be listened to: a film's longest runtime.</summary>
    public const double MaximumSeconds = Core.Loading.FilmLimits.MaxRuntimeSeconds;

    /// <summary>Peak level below which a file is silence (−80 dBFS).</summary>
    private const float SilentPeak = 1e-4f;

    /// <summary>
    /// The least share of beats that must fall on a clear onset; below it the "beats" are a grid laid over music
    /// with no pulse (a drone, a held pad), which would be worse than no grid. The sample's sparse first act has
    /// about half its beats on onsets.
    /// </summary>
    private const double MinimumOnsetShare = 0.25;

    /// <summary>Fewer beats than this (after the silent ends are trimmed) is a sound or two, not a pulse.</summary>
    private const int MinimumBeats = 4;

    /// <summary>A tracked tempo this fast may be a beat of eighth notes; slower ones are taken as they are.</summary>
    private const double HalvingFromBpm = 100;

    /// <summary>How much stronger one half of the beats must be than the other for the beat to be taken at half the tempo.</summary>
    private const double MetricalContrast = 1.4;

    /// <summary>
    /// The onset envelope peaks before the sound it marks: the log flux rises as the sound enters the leading half of
    /// the 93 ms window. 36 ms, measured on click tracks at 70–160 bpm (MusicAnalyzerTests), added back to every beat.
    /// </summary>
    private const double OnsetLeadSeconds = 0.036;

    public static MusicAnalysis Analyse(ReadOnlySpan<float> samples, MusicGridSettings grid, string name)
    {
        var seconds = (double)samples.Length / LogMelSpectrogram.SampleRate;
        if (seconds < MinimumSeconds)
        {
            throw new MusicAnalysisException($"{name}: is only {seconds:0.##} s long; at least {MinimumSeconds:0} s of music is needed to find its beat");
        }
        var peak = 0f;
        foreach (var s in samples)
        {
            peak = Math.Max(peak, Math.Abs(s));
        }
        if (peak < SilentPeak)
        {
            throw new MusicAnalysisException($"{name}: is silent, so it has no beat to cut on");
        }
        var spectrogram = LogMelSpectrogram.Of(samples);
        var envelope = OnsetEnvelope.Of(spectrogram);
        var fps = LogMelSpectrogram.FramesPerSecond;
        var beatsPerBar = grid.Meter.BeatsPerBar;
        var firstBeatFrame = grid.FirstBeatSeconds * fps;

        IReadOnlyList<double> beatFrames;
        if (grid.TempoBpm is { } fixedBpm && grid.FirstBeatSeconds is { } first)
        {
            // In frames as the tracker gives them, so the one conversion below (which adds the onset lead back) is exact.
            beatFrames = ExactGrid(first, 60 / fixedBpm, seconds).Select(t => (t - OnsetLeadSeconds) * fps).ToList();
        }
        else
        {
            var period = grid.TempoBpm is { } bpm ? 60 * fps / bpm : TempoEstimator.Estimate(envelope, fps).PeriodFrames;
            beatFrames = BeatTracker.Track(envelope, period);
            if (grid.TempoBpm is null && 60 * fps / period >= HalvingFromBpm && AlternateBeatsDiffer(envelope, beatFrames))
            {
                // Every other "beat" is weaker: those are off-beat eighths (an arpeggio), and the beat is half as fast.
                beatFrames = BeatTracker.Track(envelope, 2 * period);
            }
            if (grid.TempoBpm is null && (beatFrames.Count < MinimumBeats || OnsetShare(envelope, beatFrames) < MinimumOnsetShare))
            {
                throw new MusicAnalysisException($"{name}: no steady beat found (its onsets do not fall on a regular pulse); give the track 'tempo' and 'first_beat' to set its beat grid by hand");
            }
        }
        var downbeatIndexes = DownbeatFinder.Find(beatFrames, spectrogram, beatsPerBar, firstBeatFrame);
        var sectionFrames = SectionFinder.Find(beatFrames, downbeatIndexes, spectrogram);

        double Seconds(double frame) => LogMelSpectrogram.SecondsOf(frame) + OnsetLeadSeconds;
        var beats = beatFrames.Select(Seconds).Where(t => t < seconds).ToList();
        var downbeats = downbeatIndexes.Select(i => Seconds(beatFrames[i])).Where(t => t < seconds).ToList();
        return new MusicAnalysis(Tempo(beats, grid.TempoBpm), beats, downbeats, sectionFrames.Select(Seconds).ToList(), seconds);
    }

    /// <summary>Beats every <paramref name="period"/> seconds through <paramref name="first"/>, back to the file's start and on to its end.</summary>
    private static IEnumerable<double> ExactGrid(double first, double period, double seconds)
    {
        var start = first - (Math.Floor(first / period) * period);
        for (var k = 0; start + (k * period) < seconds; k++)
        {
            yield return start + (k * period);
        }
    }

    /// <summary>The tempo the beats keep: the least-squares slope of beat time on beat number (exact for a steady tempo, the average for a changing one).</summary>
    private static double Tempo(IReadOnlyList<double> beats, double? given)
    {
        if (given is { } bpm || beats.Count < 2)
        {
            return given ?? 0;
        }
        double n = beats.Count, meanI = (n - 1) / 2, meanT = beats.Average();
        double cov = 0, variance = 0;
        for (var i = 0; i < beats.Count; i++)
        {
            cov += (i - meanI) * (beats[i] - meanT);
            variance += (i - meanI) * (i - meanI);
        }
        return 60 / (cov / variance);
    }

    /// <summary>
    /// Whether the even and the odd beats differ in strength by <see cref="MetricalContrast"/> or more: the metrical
    /// cue that tells a beat of eighth notes from a beat of quarters, which autocorrelation alone cannot.
    /// </summary>
    private static bool AlternateBeatsDiffer(ReadOnlySpan<float> envelope, IReadOnlyList<double> beatFrames)
    {
        double even = 0, odd = 0;
        for (var i = 0; i < beatFrames.Count; i++)
        {
            var strength = Loudest(envelope, beatFrames[i]);
            if (i % 2 == 0)
            {
                even += strength;
            }
            else
            {
                odd += strength;
            }
        }
        var (strong, weak) = (Math.Max(even, odd), Math.Min(even, odd));
        return weak <= 0 ? strong > 0 : strong / weak >= MetricalContrast;
    }

    private static float Loudest(ReadOnlySpan<float> envelope, double frame)
    {
        var t = (int)Math.Round(frame);
        var loudest = 0f;
        for (var k = Math.Max(0, t - 1); k <= Math.Min(envelope.Length - 1, t + 1); k++)
        {
            loudest = Math.Max(loudest, envelope[k]);
        }
        return loudest;
    }

    /// <summary>
    /// The share of beats that fall on a clear onset (at least the envelope's RMS within a frame): one stray onset
    /// in a drone cannot lift it, as it would a mean.
    /// </summary>
    private static double OnsetShare(ReadOnlySpan<float> envelope, IReadOnlyList<double> beatFrames)
    {
        if (beatFrames.Count == 0)
        {
            return 0;
        }
        var clear = 0;
        foreach (var frame in beatFrames)
        {
            if (Loudest(envelope, frame) >= 1)
            {
                clear++;
            }
        }
        return (double)clear / beatFrames.Count;
    }
}
