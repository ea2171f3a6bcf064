namespace LegacyPress.Render.Audio.Dsp;

/// <summary>Renders a struck resonant object (bell, tine, gear, clock) as a sum of exponentially decaying sine modes.</summary>
public static class ModalStrike
{
    private const double AttackSeconds = 0.0015;
    private const double SilenceLevel = 1e-4;

    /// <summary>Adds one strike into <paramref name="target"/> starting at <paramref name="startSample"/>, placed at <paramref name="pan"/>.</summary>
    public static void AddTo(StereoBuffer target, int startSample, IReadOnlyList<Partial> partials, double gain, double pan, DeterministicRandom random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startSample);
        var (leftGain, rightGain) = Pan.EqualPower(pan);
        foreach (var partial in partials)
        {
            if (partial.FrequencyHz >= StereoBuffer.SampleRate * 0.45 || partial.Amplitude <= 0)
            {
                continue;
            }

            double amplitude = gain * partial.Amplitude;
            double omega = 2 * Math.PI * partial.FrequencyHz / StereoBuffer.SampleRate;
            double phase = random.NextDouble() * 2 * Math.PI;
            double decayPerSample = Math.Exp(-1.0 / (partial.DecaySeconds * StereoBuffer.SampleRate));
            int audibleSamples = (int)Math.Ceiling(-Math.Log(SilenceLevel) * partial.DecaySeconds * StereoBuffer.SampleRate);
            int end = (int)Math.Min((long)target.Length, (long)startSample + audibleSamples);
            double level = amplitude;
            for (int i = startSample; i < end; i++)
            {
                double t = (double)(i - startSample) / StereoBuffer.SampleRate;
                double attack = t < AttackSeconds ? t / AttackSeconds : 1;
                double value = level * attack * Math.Sin(phase + (omega * (i - startSample)));
                target.Left[i] += (float)(value * leftGain);
                target.Right[i] += (float)(value * rightGain);
                level *= decayPerSample;
            }
        }
    }
}
