using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Render.Audio.Synths;

/// <summary>A portal's hum: a sustained low D drone of detuned harmonics that beat slowly, gently modulated.</summary>
public sealed class PortalHumSynth : SoundSynth
{
    private const double FundamentalHz = 73.42; // D2, the score's tonic

    private static readonly int[] Harmonics = [1, 2, 3, 4, 6];
    private static readonly double[] Levels = [1.0, 0.55, 0.35, 0.22, 0.12];

    public override string Name => "portal-hum";

    public override double DefaultDurationSeconds => 6.0;

    protected override void Render(StereoBuffer output, SynthParameters p, DeterministicRandom random)
    {
        double T = p.DurationSeconds;
        double edgeSeconds = Math.Min(0.8, T * 0.2);
        double rootHz = p.Pitch * FundamentalHz;
        var phases = random.Fork(1);
        var voices = new List<(Oscillator Oscillator, double Hz, double Level, bool Left)>();
        for (int h = 0; h < Harmonics.Length; h++)
        {
            // Each harmonic is a pair, one a little sharp on the left, one a little flat on the right: slow, wide beating.
            double detuneHz = phases.Range(0.25, 0.6) * (1 + (0.3 * h));
            voices.Add((new Oscillator(Waveform.Sine, phases.NextDouble()), (rootHz * Harmonics[h]) + detuneHz, Levels[h], true));
            voices.Add((new Oscillator(Waveform.Sine, phases.NextDouble()), (rootHz * Harmonics[h]) - detuneHz, Levels[h], false));
        }

        var buzz = new Oscillator(Waveform.Saw, phases.NextDouble());
        var buzzFilter = Biquad.Lowpass(rootHz * 4, 1.5);
        var vibrato = new Oscillator(Waveform.Sine, phases.NextDouble());
        var swell = new Oscillator(Waveform.Sine, phases.NextDouble());
        var filterWander = new SmoothRandom(random.Fork(2), 0.25);
        double vibratoHz = phases.Range(0.2, 0.35);
        double swellHz = phases.Range(0.15, 0.3);
        double buzzLevel = 0.15 + (0.25 * p.Drive);
        for (int i = 0; i < output.Length; i++)
        {
            double t = Seconds(i);
            double bend = 1 + (0.002 * vibrato.Next(vibratoHz));
            double left = 0;
            double right = 0;
            foreach (var (oscillator, hz, level, isLeft) in voices)
            {
                double value = level * oscillator.Next(hz * bend);
                if (isLeft)
                {
                    left += value;
                }
                else
                {
                    right += value;
                }
            }

            buzzFilter.SetLowpass(rootHz * (2 + (4 * p.Drive * filterWander.Next())), 1.5);
            double hum = buzzLevel * buzzFilter.Process(buzz.Next(rootHz * bend));
            double envelope = (1 + (0.12 * swell.Next(swellHz))) * Envelope.Rise(t, 0, edgeSeconds) * Envelope.Fall(t, T - edgeSeconds, T);
            output.Left[i] += (float)(envelope * (left + hum));
            output.Right[i] += (float)(envelope * (right + hum));
        }
    }
}
