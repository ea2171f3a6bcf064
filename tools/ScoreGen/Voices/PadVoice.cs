using LegacyPress.Render.Audio;
using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Tools.ScoreGen.Voices;

/// <summary>A warm string-machine pad: two detuned saws and a triangle through a lowpass, slow attack and release.</summary>
public static class PadVoice
{
    private const double AttackSeconds = 2.2;
    private const double ReleaseSeconds = 3.0;
    private const double DetuneCents = 7;

    /// <summary>Adds one held note; <paramref name="cutoffHz"/> is sampled along the way so the score can open and close the filter.</summary>
    public static void AddTo(StereoBuffer mix, double startSeconds, double heldSeconds, double midi, double gain, Func<double, double> cutoffHz, DeterministicRandom random)
    {
        double hz = Chord.Hz(midi);
        double detune = Math.Pow(2, DetuneCents / 1200);
        var sawLeft = new Oscillator(Waveform.Saw, random.NextDouble());
        var sawRight = new Oscillator(Waveform.Saw, random.NextDouble());
        var body = new Oscillator(Waveform.Triangle, random.NextDouble());
        var filterLeft = Biquad.Lowpass(cutoffHz(startSeconds), 0.6);
        var filterRight = Biquad.Lowpass(cutoffHz(startSeconds), 0.6);
        int start = (int)(startSeconds * StereoBuffer.SampleRate);
        int end = Math.Min(mix.Length, (int)((startSeconds + heldSeconds + ReleaseSeconds) * StereoBuffer.SampleRate));
        for (int i = Math.Max(start, 0); i < end; i++)
        {
            double t = (double)i / StereoBuffer.SampleRate;
            if ((i & 63) == 0)
            {
                filterLeft.SetLowpass(cutoffHz(t), 0.6);
                filterRight.SetLowpass(cutoffHz(t), 0.6);
            }

            double level = gain * Envelope.Adsr(t - startSeconds, AttackSeconds, 1.5, 0.8, ReleaseSeconds, heldSeconds);
            double triangle = 0.8 * body.Next(hz);
            double left = filterLeft.Process((0.5 * sawLeft.Next(hz * detune)) + triangle);
            double right = filterRight.Process((0.5 * sawRight.Next(hz / detune)) + triangle);
            mix.Left[i] += (float)(level * left);
            mix.Right[i] += (float)(level * right);
        }
    }
}
