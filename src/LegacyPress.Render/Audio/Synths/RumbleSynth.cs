using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Render.Audio.Synths;

/// <summary>A deep rumble: very low filtered brown noise over a sub sine, swelling slowly and holding.</summary>
public sealed class RumbleSynth : SoundSynth
{
    private const double SubHz = 38;

    public override string Name => "rumble";

    public override double DefaultDurationSeconds => 6.0;

    protected override void Render(StereoBuffer output, SynthParameters p, DeterministicRandom random)
    {
        double T = p.DurationSeconds;
        double cutoffHz = p.Pitch * (60 + (60 * p.Drive));
        var left = new Channel(random.Fork(1), cutoffHz);
        var right = new Channel(random.Fork(2), cutoffHz);
        var sub = new Oscillator(Waveform.Sine, random.NextDouble());
        var subWander = new SmoothRandom(random.Fork(3), 0.2);
        var movement = new SmoothRandom(random.Fork(4), 0.3);
        for (int i = 0; i < output.Length; i++)
        {
            double t = Seconds(i);
            double swell = Envelope.Rise(t, 0, 0.4 * T) * Envelope.Fall(t, 0.85 * T, T) * (0.8 + (0.2 * movement.Next()));
            double subValue = 0.5 * sub.Next(p.Pitch * SubHz * (0.95 + (0.1 * subWander.Next())));
            output.Left[i] += (float)(swell * (left.Next() + subValue));
            output.Right[i] += (float)(swell * (right.Next() + subValue));
        }
    }

    private sealed class Channel(DeterministicRandom random, double cutoffHz)
    {
        private readonly BrownNoise _noise = new(random);
        private readonly Biquad _first = Biquad.Lowpass(cutoffHz, 0.7);
        private readonly Biquad _second = Biquad.Lowpass(cutoffHz, 0.7);

        public double Next() => 2 * _second.Process(_first.Process(_noise.Next()));
    }
}
