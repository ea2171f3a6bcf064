namespace LegacyPress.Render.Audio.Dsp;

/// <summary>Renders a kick-drum-like thump (impacts, heartbeats, timpani): a sine gliding down, fast attack, exponential decay.</summary>
public static class Thump
{
    private const double SilenceLevel = 1e-4;

    /// <summary>Adds one thump into <paramref name="target"/> at <paramref name="startSample"/>.</summary>
    public static void AddTo(StereoBuffer target, int startSample, ThumpShape shape, double gain, double pan)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startSample);
        var (leftGain, rightGain) = Pan.EqualPower(pan);
        double audibleSeconds = shape.AttackSeconds + (-Math.Log(SilenceLevel) * shape.DecaySeconds);
        int end = (int)Math.Min(target.Length, startSample + Math.Ceiling(audibleSeconds * StereoBuffer.SampleRate));
        double phase = 0;
        for (int i = startSample; i < end; i++)
        {
            double t = (double)(i - startSample) / StereoBuffer.SampleRate;
            double frequency = shape.EndHz + ((shape.StartHz - shape.EndHz) * Math.Exp(-t / shape.PitchDropSeconds));
            double value = gain * Envelope.AttackDecay(t, shape.AttackSeconds, shape.DecaySeconds) * Math.Sin(phase);
            phase += 2 * Math.PI * frequency / StereoBuffer.SampleRate;
            target.Left[i] += (float)(value * leftGain);
            target.Right[i] += (float)(value * rightGain);
        }
    }
}
