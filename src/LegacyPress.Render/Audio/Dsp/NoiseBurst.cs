namespace LegacyPress.Render.Audio.Dsp;

/// <summary>Renders a short filtered noise transient: the "crack" of a hit, the "tk" of a clock escapement.</summary>
public static class NoiseBurst
{
    private const double AttackSeconds = 0.0003;
    private const double SilenceLevel = 1e-4;

    /// <summary>Adds a burst that decays with <paramref name="decaySeconds"/>, coloured by <paramref name="colour"/>.</summary>
    public static void AddTo(StereoBuffer target, int startSample, double decaySeconds, Biquad colour, DeterministicRandom random, double gain, double pan)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startSample);
        var noise = new WhiteNoise(random);
        var (leftGain, rightGain) = Pan.EqualPower(pan);
        double audibleSeconds = AttackSeconds + (-Math.Log(SilenceLevel) * decaySeconds);
        int end = (int)Math.Min(target.Length, startSample + Math.Ceiling(audibleSeconds * StereoBuffer.SampleRate));
        for (int i = startSample; i < end; i++)
        {
            double t = (double)(i - startSample) / StereoBuffer.SampleRate;
            double value = gain * Envelope.AttackDecay(t, AttackSeconds, decaySeconds) * colour.Process(noise.Next());
            target.Left[i] += (float)(value * leftGain);
            target.Right[i] += (float)(value * rightGain);
        }
    }
}
