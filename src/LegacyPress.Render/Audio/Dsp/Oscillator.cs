namespace LegacyPress.Render.Audio.Dsp;

/// <summary>A phase-accumulating oscillator whose frequency may change every sample; saw and square are PolyBLEP band-limited.</summary>
public sealed class Oscillator(Waveform waveform, double phase = 0)
{
    private double _phase = phase - Math.Floor(phase);

    /// <summary>The next sample in [-1, 1] at <paramref name="frequencyHz"/>; advances the phase.</summary>
    public double Next(double frequencyHz)
    {
        double increment = Math.Clamp(frequencyHz / StereoBuffer.SampleRate, 0, 0.5);
        double value = waveform switch
        {
            Waveform.Sine => Math.Sin(2 * Math.PI * _phase),
            Waveform.Saw => (2 * _phase) - 1 - PolyBlep(_phase, increment),
            Waveform.Square => Square(increment),
            // A triangle's harmonics fall at 12 dB/octave, so the naive shape aliases too little to matter.
            Waveform.Triangle => (4 * Math.Abs(_phase - 0.5)) - 1,
            _ => 0,
        };

        _phase += increment;
        if (_phase >= 1)
        {
            _phase -= 1;
        }

        return value;
    }

    private double Square(double increment)
    {
        double naive = _phase < 0.5 ? 1 : -1;
        double half = _phase + 0.5;
        return naive + PolyBlep(_phase, increment) - PolyBlep(half - Math.Floor(half), increment);
    }


    private static double PolyBlep(double t, double dt)
    {
        if (dt <= 0)
        {
            return 0;
        }

        if (t < dt)
        {
            double x = t / dt;
            return x + x - (x * x) - 1;
        }

        if (t > 1 - dt)
        {
            double x = (t - 1) / dt;
            return (x * x) + x + x + 1;
        }

        return 0;
    }
}
