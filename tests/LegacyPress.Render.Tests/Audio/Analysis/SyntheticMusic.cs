using LegacyPress.Render.Audio.Analysis;

namespace LegacyPress.Render.Tests.Audio.Analysis;

/// <summary>Music of known beat, made in the test at <see cref="LogMelSpectrogram.SampleRate"/>: click tracks and plucked patterns with pads.</summary>
internal static class SyntheticMusic
{
    private const int Rate = LogMelSpectrogram.SampleRate;

    /// <summary>A click every beat from <paramref name="firstBeatSeconds"/>, accented on every <paramref name="accentEvery"/>th (0: none).</summary>
    public static (float[] Samples, IReadOnlyList<double> Beats) Clicks(double bpm, double seconds, double firstBeatSeconds = 0.2, int accentEvery = 0)
    {
        var samples = new float[(int)(seconds * Rate)];
        var beats = new List<double>();
        for (var (t, i) = (firstBeatSeconds, 0); t < seconds - 0.1; t += 60 / bpm, i++)
        {
            beats.Add(t);
            var accent = accentEvery > 0 && i % accentEvery == 0;
            Strike(samples, t, accent ? 110 : 1800, accent ? 0.9 : 0.5, 0.04);
            if (accent)
            {
                Strike(samples, t, 60, 0.8, 0.15);
            }
        }
        return (samples, beats);
    }

    /// <summary>
    /// A plucked note on every beat (a chord tone, a new chord every <paramref name="barsPerChord"/> bars of 4), an
    /// off-beat eighth now and then, and a soft pad that changes with the chord: music with a beat but no drums.
    /// </summary>
    public static (float[] Samples, IReadOnlyList<double> Beats, IReadOnlyList<double> Downbeats) Plucked(double bpm, double seconds, int seed, int barsPerChord = 2)
    {
        var random = new Random(seed);
        var samples = new float[(int)(seconds * Rate)];
        var beats = new List<double>();
        var downbeats = new List<double>();
        double[][] chords = [[146.8, 174.6, 220.0], [116.5, 146.8, 174.6], [130.8, 164.8, 196.0], [110.0, 138.6, 164.8]];
        var period = 60 / bpm;
        var i = 0;
        for (var t = 0.3; t < seconds - 0.2; t += period, i++)
        {
            beats.Add(t);
            var bar = i / 4;
            var chord = chords[bar / barsPerChord % chords.Length];
            if (i % 4 == 0)
            {
                downbeats.Add(t);
                Pad(samples, t, 4 * period, chord);
            }
            Pluck(samples, t, chord[random.Next(chord.Length)] * 4, i % 4 == 0 ? 0.5 : 0.35);
            if (random.Next(4) == 0)
            {
                Pluck(samples, t + (period / 2), chord[random.Next(chord.Length)] * 8, 0.15);
            }
        }
        return (samples, beats, downbeats);
    }

    private static void Strike(float[] samples, double at, double hz, double gain, double decaySeconds)
    {
        var start = (int)(at * Rate);
        for (var n = 0; n < (int)(decaySeconds * 6 * Rate) && start + n < samples.Length; n++)
        {
            var t = (double)n / Rate;
            samples[start + n] += (float)(gain * Math.Exp(-t / decaySeconds) * Math.Sin(2 * Math.PI * hz * t));
        }
    }

    private static void Pluck(float[] samples, double at, double hz, double gain)
    {
        var start = (int)(at * Rate);
        for (var n = 0; n < (int)(0.6 * Rate) && start + n < samples.Length; n++)
        {
            var t = (double)n / Rate;
            var envelope = Math.Min(1, t / 0.003) * Math.Exp(-t / 0.15);
            samples[start + n] += (float)(gain * envelope * (Math.Sin(2 * Math.PI * hz * t) + (0.4 * Math.Sin(4 * Math.PI * hz * t))));
        }
    }

    private static void Pad(float[] samples, double at, double length, double[] chord)
    {
        var start = (int)(at * Rate);
        for (var n = 0; n < (int)(length * Rate) && start + n < samples.Length; n++)
        {
            var t = (double)n / Rate;
            var envelope = Math.Min(1, t / 0.4) * Math.Min(1, (length - t) / 0.4);
            double sum = 0;
            foreach (var f in chord)
            {
                sum += Math.Sin(2 * Math.PI * f * t);
            }
            samples[start + n] += (float)(0.05 * envelope * sum);
        }
    }
}
