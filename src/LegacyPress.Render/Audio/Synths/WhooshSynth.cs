using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Render.Audio.Synths;

/// <summary>Air rushing past: noise through a bandpass that sweeps up then down, travelling left to right.</summary>
public sealed class WhooshSynth : SoundSynth
{
    private const double PeakAt = 0.55;
    private const double LowHz = 250;

    public override string Name => "whoosh";

    public override double DefaultDurationSeconds => 1.5;

    protected override void Render(StereoBuffer output, SynthParameters p, DeterministicRandom random)
    {
        var noise = new PinkNoise(random.Fork(1));
        var air = new BrownNoise(random.Fork(2));

        // Two bandpasses in series: one alone leaks so much hiss that the sweep is hard to hear.
        var band = Biquad.Bandpass(LowHz * p.Pitch, 1.3);
        var band2 = Biquad.Bandpass(LowHz * p.Pitch, 1.3);
        var body = Biquad.Lowpass(LowHz * p.Pitch, 0.8);
        double topHz = 1800 + (1400 * p.Drive);
        double panFrom = random.Range(-0.9, -0.6);
        double panTo = random.Range(0.6, 0.9);
        int last = Math.Max(output.Length - 1, 1);
        for (int i = 0; i < output.Length; i++)
        {
            double u = (double)i / last;
            double sweep = u < PeakAt ? Envelope.Rise(u, 0, PeakAt) : Envelope.Fall(u, PeakAt, 1);
            double centreHz = p.Pitch * LowHz * Math.Pow(topHz / LowHz, sweep);
            band.SetBandpass(centreHz, 1.3);
            band2.SetBandpass(centreHz, 1.3);
            body.SetLowpass(centreHz * 0.5, 0.8);
            double value = Math.Pow(sweep, 1.5) * ((2 * band2.Process(band.Process(noise.Next()))) + (0.5 * body.Process(air.Next())));
            var (left, right) = Pan.EqualPower(panFrom + ((panTo - panFrom) * u));
            output.Left[i] += (float)(value * left);
            output.Right[i] += (float)(value * right);
        }
    }
}
