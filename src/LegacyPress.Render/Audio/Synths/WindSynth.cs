using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Render.Audio.Synths;

/// <summary>Wind: low-passed brown and pink noise whose filter wanders slowly, swelling in gusts.</summary>
public sealed class WindSynth : SoundSynth
{
    public override string Name => "wind";

    public override double DefaultDurationSeconds => 8.0;

    protected override void Render(StereoBuffer output, SynthParameters p, DeterministicRandom random)
    {
        double T = p.DurationSeconds;
        double edgeSeconds = Math.Min(1.0, T * 0.15);
        var gusts = new SmoothRandom(random.Fork(1), 0.2);
        var left = new Channel(random.Fork(2), p);
        var right = new Channel(random.Fork(3), p);
        for (int i = 0; i < output.Length; i++)
        {
            double t = Seconds(i);
            double gust = 0.45 + (0.55 * Math.Pow(gusts.Next(), 1.5));
            double level = gust * Envelope.Rise(t, 0, edgeSeconds) * Envelope.Fall(t, T - edgeSeconds, T);
            output.Left[i] += (float)(level * left.Next(gust));
            output.Right[i] += (float)(level * right.Next(gust));
        }
    }

    private sealed class Channel
    {
        private readonly BrownNoise _brown;
        private readonly PinkNoise _pink;
        private readonly SmoothRandom _wander;
        private readonly SmoothRandom _whistle;
        private readonly Biquad _filter;
        private readonly double _pitch;
        private readonly double _range;

        public Channel(DeterministicRandom random, SynthParameters p)
        {
            _brown = new BrownNoise(random.Fork(1));
            _pink = new PinkNoise(random.Fork(2));
            _wander = new SmoothRandom(random.Fork(3), 0.3);
            _whistle = new SmoothRandom(random.Fork(4), 0.15);
            _pitch = p.Pitch;
            _range = 400 + (400 * p.Drive);
            _filter = Biquad.Lowpass(300 * p.Pitch, 0.9);
        }

        public double Next(double gust)
        {
            // Stronger gusts open the filter: wind gets brighter as it blows harder.
            double cutoffHz = _pitch * (200 + (_range * ((0.6 * _wander.Next()) + (0.4 * gust))));
            _filter.SetLowpass(cutoffHz, 0.8 + (2.2 * _whistle.Next()));
            return _filter.Process((0.7 * _brown.Next()) + (0.3 * _pink.Next()));
        }
    }
}
