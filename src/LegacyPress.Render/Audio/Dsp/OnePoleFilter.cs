namespace LegacyPress.Render.Audio.Dsp;

/// <summary>A 6 dB/octave one-pole lowpass with its complementary highpass; cheap enough to retune every sample.</summary>
public sealed class OnePoleFilter
{
    private double _coefficient;
    private double _state;

    public OnePoleFilter(double cutoffHz)
    {
        SetCutoff(cutoffHz);
    }

    public void SetCutoff(double cutoffHz)
    {
        double clamped = Math.Clamp(cutoffHz, 1.0, StereoBuffer.SampleRate * 0.49);
        _coefficient = 1.0 - Math.Exp(-2.0 * Math.PI * clamped / StereoBuffer.SampleRate);
    }

    public double Lowpass(double input)
    {
        _state += _coefficient * (input - _state);
        return _state;
    }

    public double Highpass(double input) => input - Lowpass(input);
}
