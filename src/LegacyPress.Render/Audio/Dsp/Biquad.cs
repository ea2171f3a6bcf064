namespace LegacyPress.Render.Audio.Dsp;

/// <summary>A second-order filter (RBJ audio-EQ cookbook) that can be retuned while running without losing its state.</summary>
public sealed class Biquad
{
    private double _b0, _b1, _b2, _a1, _a2;
    private double _x1, _x2, _y1, _y2;

    private Biquad()
    {
    }

    public static Biquad Lowpass(double cutoffHz, double q = 0.7071)
    {
        var filter = new Biquad();
        filter.SetLowpass(cutoffHz, q);
        return filter;
    }

    public static Biquad Highpass(double cutoffHz, double q = 0.7071)
    {
        var filter = new Biquad();
        filter.SetHighpass(cutoffHz, q);
        return filter;
    }

    /// <summary>A bandpass with 0 dB gain at its centre, so sweeping it keeps the level steady.</summary>
    public static Biquad Bandpass(double centreHz, double q)
    {
        var filter = new Biquad();
        filter.SetBandpass(centreHz, q);
        return filter;
    }

    public void SetLowpass(double cutoffHz, double q = 0.7071)
    {
        var (cos, alpha) = Prepare(cutoffHz, q);
        Set((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    public void SetHighpass(double cutoffHz, double q = 0.7071)
    {
        var (cos, alpha) = Prepare(cutoffHz, q);
        Set((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    public void SetBandpass(double centreHz, double q)
    {
        var (cos, alpha) = Prepare(centreHz, q);
        Set(alpha, 0, -alpha, 1 + alpha, -2 * cos, 1 - alpha);
    }

    public double Process(double input)
    {
        double output = (_b0 * input) + (_b1 * _x1) + (_b2 * _x2) - (_a1 * _y1) - (_a2 * _y2);
        _x2 = _x1;
        _x1 = input;
        _y2 = _y1;
        _y1 = output;
        return output;
    }

    private static (double Cos, double Alpha) Prepare(double frequencyHz, double q)
    {
        double clamped = Math.Clamp(frequencyHz, 5.0, StereoBuffer.SampleRate * 0.45);
        double omega = 2 * Math.PI * clamped / StereoBuffer.SampleRate;
        return (Math.Cos(omega), Math.Sin(omega) / (2 * Math.Max(q, 0.05)));
    }

    private void Set(double b0, double b1, double b2, double a0, double a1, double a2)
    {
        _b0 = b0 / a0;
        _b1 = b1 / a0;
        _b2 = b2 / a0;
        _a1 = a1 / a0;
        _a2 = a2 / a0;
    }
}
