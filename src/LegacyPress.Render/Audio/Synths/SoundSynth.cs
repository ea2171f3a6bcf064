using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Render.Audio.Synths;

/// <summary>The shared frame of every synth: validation, seeding, and the finishing every sound needs.</summary>
public abstract class SoundSynth : ISoundSynth
{
    /// <summary>Peak at intensity 1 and above; the mixer, not the synth, sets the level in the film.</summary>
    public const double PeakDbfs = Mastering.EffectPeakDbfs;

    public abstract string Name { get; }

    public abstract double DefaultDurationSeconds { get; }

    public StereoBuffer Synthesize(SynthParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var problems = p.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Cannot synthesise '{Name}': {string.Join(" ", problems)}", nameof(p));
        }

        var output = new StereoBuffer(p.SampleCount);
        Render(output, p, new DeterministicRandom(p.Seed));
        Mastering.MatchEffectLevel(output);

        // Below intensity 1 the sound gets quieter as well as duller; above it only brighter.
        Mastering.Scale(output, Math.Min(p.Intensity, 1.0));
        return output;
    }

    /// <summary>Adds the raw sound into <paramref name="output"/> (silent, exactly the requested length); level does not matter.</summary>
    protected abstract void Render(StereoBuffer output, SynthParameters p, DeterministicRandom random);

    protected static double Seconds(int sample) => (double)sample / StereoBuffer.SampleRate;

    protected static int SampleAt(double seconds) => (int)Math.Round(seconds * StereoBuffer.SampleRate);
}
