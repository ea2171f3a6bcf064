using LegacyPress.Render.Audio;
using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Tools.ScoreGen.Voices;

/// <summary>A soft synth pluck for arpeggios: a saw and triangle whose lowpass closes as the note decays.</summary>
public static class PluckVoice
{
    public static void AddTo(StereoBuffer mix, double startSeconds, double midi, double gain, double pan, double brightness, DeterministicRandom random)
    {
        double hz = Chord.Hz(midi);
        const double decaySeconds = 0.35;
        var saw = new Oscillator(Waveform.Saw, random.NextDouble());
        var triangle = new Oscillator(Waveform.Triangle, random.NextDouble());
        var filter = Biquad.Lowpass(hz * 4, 0.8);
        var (leftGain, rightGain) = Pan.EqualPower(pan);
        int start = (int)(startSeconds * StereoBuffer.SampleRate);
        int end = Math.Min(mix.Length, start + (int)(decaySeconds * 7 * StereoBuffer.SampleRate));
        for (int i = start; i < end; i++)
        {
            double t = (double)(i - start) / StereoBuffer.SampleRate;
            double envelope = Envelope.AttackDecay(t, 0.004, decaySeconds);
            if ((i & 31) == 0)
            {
                filter.SetLowpass(hz * (1.5 + (6 * brightness * envelope)), 0.8);
            }

            double value = gain * envelope * filter.Process((0.4 * saw.Next(hz)) + (0.6 * triangle.Next(hz)));
            mix.Left[i] += (float)(value * leftGain);
            mix.Right[i] += (float)(value * rightGain);
        }
    }
}
