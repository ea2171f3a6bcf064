namespace LegacyPress.Render.Audio.Dsp;

/// <summary>Amplitude envelopes as pure functions of time in seconds, so any synth can sample them anywhere.</summary>
public static class Envelope
{
    /// <summary>Attack–decay–sustain–release; <paramref name="gateSeconds"/> is when the key is let go.</summary>
    public static double Adsr(double tSeconds, double attackSeconds, double decaySeconds, double sustainLevel, double releaseSeconds, double gateSeconds)
    {
        if (tSeconds < 0)
        {
            return 0;
        }

        double held = HeldLevel(Math.Min(tSeconds, gateSeconds), attackSeconds, decaySeconds, sustainLevel);
        if (tSeconds <= gateSeconds)
        {
            return held;
        }

        double released = (tSeconds - gateSeconds) / Math.Max(releaseSeconds, 1e-6);
        return released >= 1 ? 0 : held * SmoothStepDown(released);
    }

    /// <summary>A linear attack then an exponential decay with the given time constant (−8.7 dB per constant).</summary>
    public static double AttackDecay(double tSeconds, double attackSeconds, double decayTimeConstantSeconds)
    {
        if (tSeconds < 0)
        {
            return 0;
        }

        if (tSeconds < attackSeconds)
        {
            return tSeconds / attackSeconds;
        }

        return Math.Exp(-(tSeconds - attackSeconds) / decayTimeConstantSeconds);
    }

    /// <summary>A smooth 0→1 rise between two times (raised cosine), 0 before and 1 after.</summary>
    public static double Rise(double tSeconds, double startSeconds, double endSeconds)
    {
        if (tSeconds <= startSeconds)
        {
            return 0;
        }

        if (tSeconds >= endSeconds)
        {
            return 1;
        }

        return 0.5 - (0.5 * Math.Cos(Math.PI * (tSeconds - startSeconds) / (endSeconds - startSeconds)));
    }

    /// <summary>A smooth 1→0 fall between two times (raised cosine), 1 before and 0 after.</summary>
    public static double Fall(double tSeconds, double startSeconds, double endSeconds) => 1 - Rise(tSeconds, startSeconds, endSeconds);

    private static double HeldLevel(double t, double attack, double decay, double sustain)
    {
        if (t < attack)
        {
            return 1 - SmoothStepDown(t / attack);
        }

        double intoDecay = (t - attack) / Math.Max(decay, 1e-6);
        return intoDecay >= 1 ? sustain : sustain + ((1 - sustain) * SmoothStepDown(intoDecay));
    }

    private static double SmoothStepDown(double x) => 0.5 + (0.5 * Math.Cos(Math.PI * Math.Clamp(x, 0, 1)));
}
