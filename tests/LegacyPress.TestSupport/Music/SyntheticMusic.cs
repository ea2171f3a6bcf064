namespace LegacyPress.TestSupport.Music;

/// <summary>
/// Seeded generators of music whose beats are known: click tracks, and small pieces in the manner of tools/ScoreGen
/// (pads holding a chord a bar, plucked or music-box notes on the beats, softer eighths between, or kick/snare/hats),
/// optionally swung or with the tempo ramping mid-piece. Mono floats; the truth is where each beat's attack starts.
/// </summary>
public static class SyntheticMusic
{
    public const int SampleRateHz = 22050;

    // Chords as MIDI notes (Dm, Bb, F, C, Gm, A): the sample score's progression.
    private static readonly int[][] Chords = [[62, 65, 69], [58, 62, 65], [60, 65, 69], [60, 64, 67], [55, 58, 62], [57, 61, 64]];

    /// <summary>Clicks at <paramref name="tempoBpm"/> from <paramref name="firstBeatSeconds"/>; every <paramref name="beatsPerBar"/>th one louder and with a low thump when <paramref name="accentBars"/>.</summary>
    public static SyntheticPiece ClickTrack(double tempoBpm, double firstBeatSeconds, double seconds, int seed, bool accentBars = false, int beatsPerBar = 4)
    {
        var random = new Random(seed);
        var samples = new float[(int)(seconds * SampleRateHz)];
        AddNoise(samples, 0.001, random);
        var beats = new List<double>();
        for (var t = firstBeatSeconds; t < seconds - 0.1; t += 60 / tempoBpm)
        {
            var downbeat = beats.Count % beatsPerBar == 0;
            AddClick(samples, t, accentBars && downbeat ? 0.6 : 0.3);
            if (accentBars && downbeat)
            {
                AddKick(samples, t, 0.5);
            }
            beats.Add(t);
        }
        return new SyntheticPiece($"click {tempoBpm:0} BPM", samples, SampleRateHz, tempoBpm, beats, [.. beats.Where((_, i) => i % beatsPerBar == 0)]);
    }

    /// <summary>How a generated piece is played.</summary>
    public enum Style
    {
        /// <summary>A music-box note on every beat, a softer arpeggio on the eighths, a pad a bar (the sample's kind).</summary>
        Plucked,

        /// <summary>Kick on 1 and 3, snare on 2 and 4, hats on the eighths, a pad a bar.</summary>
        Drums,
    }

    /// <param name="swing">Where the off-beat eighth falls within the beat: 0.5 straight, 0.6 swung.</param>
    /// <param name="endTempoFactor">The tempo at the end over the tempo at the start; the change ramps over the middle fifth of the piece.</param>
    public static SyntheticPiece Piece(string name, double tempoBpm, double seconds, Style style, int seed, double swing = 0.5, double endTempoFactor = 1.0)
    {
        var random = new Random(seed);
        var samples = new float[(int)(seconds * SampleRateHz)];
        AddNoise(samples, 0.0005, random);
        var beats = new List<double>();
        for (var t = 0.25 + (random.NextDouble() * 0.5); t < seconds - 0.5;)
        {
            beats.Add(t);
            var progress = Math.Clamp(((t / seconds) - 0.4) / 0.2, 0, 1);
            t += 60 / (tempoBpm * (1 + ((endTempoFactor - 1) * progress)));
        }
        int[] chord = Chords[0];
        for (var b = 0; b < beats.Count; b++)
        {
            var t = beats[b];
            var beatLength = b + 1 < beats.Count ? beats[b + 1] - t : 60 / tempoBpm;
            var inBar = b % 4;
            if (inBar == 0)
            {
                chord = Chords[random.Next(Chords.Length)];
                foreach (var note in chord)
                {
                    AddPad(samples, t, 4 * beatLength, Hz(note - 12), 0.05);
                }
            }
            var offbeat = t + (swing * beatLength);
            if (style == Style.Plucked)
            {
                AddPluck(samples, t, Hz(chord[random.Next(chord.Length)] + 12), inBar == 0 ? 0.35 : 0.25, 1.2);
                AddPluck(samples, offbeat, Hz(chord[random.Next(chord.Length)]), 0.08, 0.4);
                if (inBar == 0)
                {
                    AddKick(samples, t, 0.25);
                }
            }
            else
            {
                if (inBar % 2 == 0)
                {
                    AddKick(samples, t, 0.6);
                }
                else
                {
                    AddSnare(samples, t, 0.35, random);
                }
                AddHat(samples, t, 0.08, random);
                AddHat(samples, offbeat, 0.06, random);
            }
        }
        Normalise(samples, 0.5);
        return new SyntheticPiece(name, samples, SampleRateHz, tempoBpm, beats, [.. beats.Where((_, i) => i % 4 == 0)]);
    }

    private static double Hz(int midi) => 440 * Math.Pow(2, (midi - 69) / 12.0);

    private static void AddClick(float[] s, double at, double gain)
    {
        var start = (int)Math.Round(at * SampleRateHz);
        for (var i = 0; i < 0.03 * SampleRateHz && start + i < s.Length; i++)
        {
            var t = (double)i / SampleRateHz;
            s[start + i] += (float)(gain * Math.Exp(-t / 0.006) * Math.Sin(2 * Math.PI * 1500 * t));
        }
    }

    private static void AddKick(float[] s, double at, double gain)
    {
        var start = (int)Math.Round(at * SampleRateHz);
        var phase = 0.0;
        for (var i = 0; i < 0.25 * SampleRateHz && start + i < s.Length; i++)
        {
            var t = (double)i / SampleRateHz;
            phase += 2 * Math.PI * (50 + (70 * Math.Exp(-t / 0.03))) / SampleRateHz;
            // The beater's click on top of the body: what makes a kick heard across the spectrum, not only felt.
            var click = Math.Exp(-t / 0.002) * Math.Sin(2 * Math.PI * 3000 * t);
            s[start + i] += (float)(gain * ((Math.Exp(-t / 0.08) * Math.Sin(phase)) + (0.5 * click)));
        }
    }

    private static void AddSnare(float[] s, double at, double gain, Random random)
    {
        var start = (int)Math.Round(at * SampleRateHz);
        for (var i = 0; i < 0.15 * SampleRateHz && start + i < s.Length; i++)
        {
            var t = (double)i / SampleRateHz;
            var body = 0.5 * Math.Sin(2 * Math.PI * 190 * t) * Math.Exp(-t / 0.03);
            s[start + i] += (float)(gain * ((Math.Exp(-t / 0.04) * ((random.NextDouble() * 2) - 1)) + body));
        }
    }

    private static void AddHat(float[] s, double at, double gain, Random random)
    {
        var start = (int)Math.Round(at * SampleRateHz);
        var previous = 0.0;
        for (var i = 0; i < 0.05 * SampleRateHz && start + i < s.Length; i++)
        {
            var t = (double)i / SampleRateHz;
            var noise = (random.NextDouble() * 2) - 1;
            // A first difference: the noise tilted up, as a hat is.
            s[start + i] += (float)(gain * Math.Exp(-t / 0.01) * (noise - previous));
            previous = noise;
        }
    }

    // A bell-ish note: a few inharmonic partials, a 2 ms attack, decaying.
    private static void AddPluck(float[] s, double at, double hz, double gain, double ringSeconds)
    {
        var start = (int)Math.Round(at * SampleRateHz);
        (double Ratio, double Level)[] partials = [(1, 1), (2.0, 0.5), (3.01, 0.25), (4.2, 0.12)];
        for (var i = 0; i < ringSeconds * 2 * SampleRateHz && start + i < s.Length; i++)
        {
            var t = (double)i / SampleRateHz;
            var attack = Math.Min(1, t / 0.002);
            var v = 0.0;
            foreach (var (ratio, level) in partials)
            {
                v += level * Math.Sin(2 * Math.PI * hz * ratio * t) * Math.Exp(-t * ratio / ringSeconds);
            }
            s[start + i] += (float)(gain * attack * v / 1.9);
        }
    }

    // A soft pad: two slightly detuned oscillators' first four harmonics, a 0.3 s swell, held for the bar. Each
    // partial is a phasor turned by a fixed step, not a Math.Sin a sample: generating stays fast enough for unit tests.
    private static void AddPad(float[] s, double at, double seconds, double hz, double gain)
    {
        var start = (int)Math.Round(at * SampleRateHz);
        var length = Math.Min((int)(seconds * SampleRateHz), s.Length - start);
        for (var h = 1; h <= 4; h++)
        {
            foreach (var detune in new[] { 1.0, 1.003 })
            {
                var step = 2 * Math.PI * hz * detune * h / SampleRateHz;
                double stepRe = Math.Cos(step), stepIm = Math.Sin(step), re = 1, im = 0;
                for (var i = 0; i < length; i++)
                {
                    var t = (double)i / SampleRateHz;
                    var envelope = Math.Min(1, t / 0.3) * Math.Min(1, (seconds - t) / 0.2);
                    s[start + i] += (float)(gain * envelope * im / (3 * h));
                    (re, im) = ((re * stepRe) - (im * stepIm), (re * stepIm) + (im * stepRe));
                }
            }
        }
    }

    private static void AddNoise(float[] s, double level, Random random)
    {
        for (var i = 0; i < s.Length; i++)
        {
            s[i] += (float)(level * ((random.NextDouble() * 2) - 1));
        }
    }

    private static void Normalise(float[] s, double peak)
    {
        var max = s.Max(Math.Abs);
        if (max > 0)
        {
            for (var i = 0; i < s.Length; i++)
            {
                s[i] = (float)(s[i] * peak / max);
            }
        }
    }
}
