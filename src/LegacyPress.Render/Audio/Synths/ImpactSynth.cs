using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Render.Audio.Synths;

/// <summary>A heavy hit: a low sine thump whose pitch drops, over a short noise crack; fast attack, exponential decay.</summary>
public sealed class ImpactSynth : SoundSynth
{
    public override string Name => "impact";

    public override double DefaultDurationSeconds => 1.5;

    protected override void Render(StereoBuffer output, SynthParameters p, DeterministicRandom random)
    {
        // The tail must be gone (over 40 dB down) by the end, whatever duration was asked for.
        double decaySeconds = Math.Min(0.35, p.DurationSeconds / 7);
        double startHz = p.Pitch * random.Range(120, 140);
        double endHz = p.Pitch * random.Range(42, 48);
        Thump.AddTo(output, 0, new ThumpShape(startHz, endHz, 0.04, 0.002, decaySeconds), 1.0, 0);
        Thump.AddTo(output, 0, new ThumpShape(startHz * 2, endHz * 2, 0.03, 0.002, decaySeconds * 0.4), 0.3, 0);

        // Two independent cracks, either side of centre, give the transient some width.
        double crackHz = p.Pitch * (800 + (2200 * p.Drive));
        double crackGain = 0.1 + (0.15 * p.Drive);
        double crackDecaySeconds = Math.Min(0.015, decaySeconds / 8);
        NoiseBurst.AddTo(output, 0, crackDecaySeconds, Biquad.Lowpass(crackHz, 0.8), random.Fork(1), crackGain, random.Range(-0.3, -0.1));
        NoiseBurst.AddTo(output, 0, crackDecaySeconds, Biquad.Lowpass(crackHz, 0.8), random.Fork(2), crackGain, random.Range(0.1, 0.3));
    }
}
