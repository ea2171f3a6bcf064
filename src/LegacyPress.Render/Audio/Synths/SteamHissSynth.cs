using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Render.Audio.Synths;

/// <summary>A valve venting steam: steeply high-passed noise in a burst envelope, with a slow flutter.</summary>
public sealed class SteamHissSynth : SoundSynth
{
    public override string Name => "steam-hiss";

    public override double DefaultDurationSeconds => 2.5;

    protected override void Render(StereoBuffer output, SynthParameters p, DeterministicRandom random)
    {
        double cutoffHz = p.Pitch * (4000 - (800 * p.Drive));
        double T = p.DurationSeconds;
        var left = new Channel(random.Fork(1), cutoffHz, p.Pitch);
        var right = new Channel(random.Fork(2), cutoffHz, p.Pitch);
        var flutter = new SmoothRandom(random.Fork(3), 6);
        var sway = new SmoothRandom(random.Fork(4), 1.2);
        for (int i = 0; i < output.Length; i++)
        {
            double t = Seconds(i);
            double burst = Envelope.Rise(t, 0, Math.Min(0.04, T * 0.1))
                * (1 - (0.3 * t / T))
                * Math.Pow(Envelope.Fall(t, 0.55 * T, T), 1.5);
            double level = burst * (0.65 + (0.35 * flutter.Next())) * (0.8 + (0.2 * sway.Next()));
            output.Left[i] += (float)(level * left.Next(p.Drive));
            output.Right[i] += (float)(level * right.Next(p.Drive));
        }
    }

    private sealed class Channel(DeterministicRandom random, double cutoffHz, double pitch)
    {
        private readonly WhiteNoise _noise = new(random);
        private readonly Biquad _first = Biquad.Highpass(cutoffHz, 0.7);
        private readonly Biquad _second = Biquad.Highpass(cutoffHz, 0.7);
        private readonly Biquad _hiss = Biquad.Bandpass(7000 * pitch, 1.2);

        // A nozzle's hiss thins out above ~10 kHz; without this ceiling it would just be white noise.
        private readonly Biquad _ceiling = Biquad.Lowpass(10000 * pitch, 0.7);

        public double Next(double drive)
        {
            double highs = _ceiling.Process(_second.Process(_first.Process(_noise.Next())));
            return highs + (0.4 * drive * _hiss.Process(highs));
        }
    }
}
