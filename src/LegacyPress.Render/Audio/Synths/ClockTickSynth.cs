using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Render.Audio.Synths;

/// <summary>A pendulum clock: one bright click a second, alternating a higher "tick" and a lower "tock".</summary>
public sealed class ClockTickSynth : SoundSynth
{
    private const double FirstClickSeconds = 0.05;
    private const double IntervalSeconds = 1.0;
    private const double TockRatio = 0.72;

    private static readonly double[] Ratios = [1.0, 1.58, 2.31, 3.12];
    private static readonly double[] Levels = [1.0, 0.6, 0.4, 0.25];
    private static readonly double[] DecaysSeconds = [0.018, 0.012, 0.008, 0.006];

    public override string Name => "clock-tick";

    public override double DefaultDurationSeconds => 4.0;

    protected override void Render(StereoBuffer output, SynthParameters p, DeterministicRandom random)
    {
        var jitter = random.Fork(1);
        var phases = random.Fork(2);
        var clicks = random.Fork(3);
        int index = 0;
        for (double t = FirstClickSeconds; t < p.DurationSeconds - 0.02; t += IntervalSeconds, index++)
        {
            bool isTock = index % 2 == 1;
            double baseHz = p.Pitch * 2400 * (isTock ? TockRatio : 1.0) * jitter.Range(0.98, 1.02);
            int start = SampleAt(t + jitter.Range(-0.004, 0.004));
            double pan = isTock ? 0.15 : -0.15;
            var partials = new Partial[Ratios.Length];
            for (int k = 0; k < Ratios.Length; k++)
            {
                // Intensity lifts the upper modes: a harder escapement sounds brighter.
                double brightness = k == 0 ? 1 : 0.5 + (0.5 * p.Drive);
                partials[k] = new Partial(baseHz * Ratios[k], Levels[k] * brightness, DecaysSeconds[k]);
            }

            ModalStrike.AddTo(output, start, partials, jitter.Range(0.85, 1.0), pan, phases);
            NoiseBurst.AddTo(output, start, 0.0006, Biquad.Bandpass(baseHz * 1.8, 1.0), clicks, 0.4, pan);
        }
    }
}
