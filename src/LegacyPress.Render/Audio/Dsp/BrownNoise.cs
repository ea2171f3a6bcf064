namespace LegacyPress.Render.Audio.Dsp;

/// <summary>Brown (−6 dB/octave) noise: leaky-integrated white noise, the leak keeps it from drifting into DC.</summary>
public sealed class BrownNoise(DeterministicRandom random)
{
    private double _state;

    public double Next()
    {
        _state = (_state + (0.02 * random.NextSigned())) / 1.02;
        return _state * 3.5;
    }
}
