using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Render.Audio.Synths;

/// <summary>Machinery: metallic, inharmonic resonant hits from two alternating gears on a steady mechanical beat.</summary>
public sealed class GearClankSynth : SoundSynth
{
    private const double FirstHitSeconds = 0.03;
    private const double IntervalSeconds = 0.25;

    /// <summary>Room a hit needs after its start to sound like a hit, not a click.</summary>
    private const double HitLengthSeconds = 0.1;

    // Modes of a thick metal plate: far from a harmonic series, which is what makes it "clank" rather than ring.
    private static readonly double[] Ratios = [1.0, 1.52, 2.27, 2.91, 3.83, 4.97, 6.1];
    private static readonly double[] Levels = [1.0, 0.8, 0.6, 0.5, 0.35, 0.25, 0.2];
    private static readonly double[] GearsHz = [420, 560];
    private static readonly double[] Accents = [1.0, 0.6, 0.8, 0.6];

    public override string Name => "gear-clank";

    public override double DefaultDurationSeconds => 2.0;

    protected override void Render(StereoBuffer output, SynthParameters p, DeterministicRandom random)
    {
        var variation = random.Fork(1);
        var phases = random.Fork(2);
        var cracks = random.Fork(3);
        int index = 0;
        for (double t = FirstHitSeconds; t + HitLengthSeconds <= p.DurationSeconds; t += IntervalSeconds, index++)
        {
            double baseHz = p.Pitch * GearsHz[index % GearsHz.Length] * variation.Range(0.97, 1.03);
            double ringSeconds = variation.Range(0.07, 0.14);
            var partials = new Partial[Ratios.Length];
            for (int k = 0; k < Ratios.Length; k++)
            {
                double brightness = k < 2 ? 1 : 0.4 + (0.6 * p.Drive);
                partials[k] = new Partial(baseHz * Ratios[k], Levels[k] * brightness * variation.Range(0.7, 1.0), ringSeconds / (1 + (0.3 * k)));
            }

            double gain = Accents[index % Accents.Length] * variation.Range(0.9, 1.0);
            double pan = (index % 2 == 0 ? -0.25 : 0.25) + variation.Range(-0.1, 0.1);
            int start = SampleAt(t);
            ModalStrike.AddTo(output, start, partials, gain, pan, phases);
            NoiseBurst.AddTo(output, start, 0.004, Biquad.Bandpass(p.Pitch * 3000, 0.9), cracks, gain * (0.8 + (0.8 * p.Drive)), pan);
        }
    }
}
