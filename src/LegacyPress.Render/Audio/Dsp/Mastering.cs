namespace LegacyPress.Render.Audio.Dsp;

/// <summary>The last steps every generated sound goes through: no DC, no edge clicks, a known peak level.</summary>
public static class Mastering
{
    /// <summary>The peak every sound effect (synthesised or generated) is brought to; the mixer, not the source, sets its level in the film.</summary>
    public const double EffectPeakDbfs = -3.0;

    private const double EdgeFadeSeconds = 0.004;

    /// <summary>
    /// What makes effects from any source sit alike in the mix before their cue's <c>gain_db</c>: no DC, no clicks at
    /// the edges, the peak at <see cref="EffectPeakDbfs"/>.
    /// </summary>
    public static void MatchEffectLevel(StereoBuffer buffer)
    {
        RemoveDc(buffer);
        FadeEdges(buffer, EdgeFadeSeconds);
        NormalisePeak(buffer, EffectPeakDbfs);
    }

    /// <summary>Removes DC with a gentle 10 Hz highpass and then the residual mean, per channel.</summary>
    public static void RemoveDc(StereoBuffer buffer)
    {
        RemoveDc(buffer.Left);
        RemoveDc(buffer.Right);
    }

    /// <summary>Raised-cosine fades over the first and last <paramref name="fadeSeconds"/>, ending on exact zeros.</summary>
    public static void FadeEdges(StereoBuffer buffer, double fadeSeconds)
    {
        int fade = Math.Min((int)Math.Round(fadeSeconds * StereoBuffer.SampleRate), buffer.Length / 2);
        for (int i = 0; i < fade; i++)
        {
            float gain = (float)(0.5 - (0.5 * Math.Cos(Math.PI * i / fade)));
            int tail = buffer.Length - 1 - i;
            buffer.Left[i] *= gain;
            buffer.Right[i] *= gain;
            buffer.Left[tail] *= gain;
            buffer.Right[tail] *= gain;
        }
    }

    /// <summary>Scales so the louder channel peaks at <paramref name="peakDbfs"/>; silence stays silence.</summary>
    public static void NormalisePeak(StereoBuffer buffer, double peakDbfs)
    {
        float peak = buffer.PeakAbsolute();
        if (peak <= 0 || !float.IsFinite(peak))
        {
            return;
        }

        Scale(buffer, Decibels.ToGain(peakDbfs) / peak);
    }

    public static void Scale(StereoBuffer buffer, double gain)
    {
        float g = (float)gain;
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer.Left[i] *= g;
            buffer.Right[i] *= g;
        }
    }

    private static void RemoveDc(float[] channel)
    {
        var blocker = new OnePoleFilter(10);
        double sum = 0;
        for (int i = 0; i < channel.Length; i++)
        {
            double value = blocker.Highpass(channel[i]);
            channel[i] = (float)value;
            sum += value;
        }

        if (channel.Length == 0)
        {
            return;
        }

        float mean = (float)(sum / channel.Length);
        for (int i = 0; i < channel.Length; i++)
        {
            channel[i] -= mean;
        }
    }
}
