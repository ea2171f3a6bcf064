using LegacyPress.Render.Audio;
using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Tools.ScoreGen.Voices;

/// <summary>A round bass: a sine with a little triangle for definition on small speakers, held for a chord.</summary>
public static class BassVoice
{
    public static void AddTo(StereoBuffer mix, double startSeconds, double heldSeconds, double midi, double gain, DeterministicRandom random)
    {
        double hz = Chord.Hz(midi);
        var sine = new Oscillator(Waveform.Sine, random.NextDouble());
        var edge = new Oscillator(Waveform.Triangle, random.NextDouble());
        const double releaseSeconds = 1.5;
        int start = (int)(startSeconds * StereoBuffer.SampleRate);
        int end = Math.Min(mix.Length, (int)((startSeconds + heldSeconds + releaseSeconds) * StereoBuffer.SampleRate));
        for (int i = start; i < end; i++)
        {
            double t = (double)i / StereoBuffer.SampleRate;
            double level = gain * Envelope.Adsr(t - startSeconds, 0.25, 1.0, 0.75, releaseSeconds, heldSeconds);
            double value = level * (sine.Next(hz) + (0.25 * edge.Next(hz * 2)));
            mix.Left[i] += (float)value;
            mix.Right[i] += (float)value;
        }
    }
}
