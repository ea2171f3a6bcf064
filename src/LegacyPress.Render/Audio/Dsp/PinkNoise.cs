namespace LegacyPress.Render.Audio.Dsp;

/// <summary>Pink (−3 dB/octave) noise, Paul Kellet's refined filter over seeded white noise, roughly within ±1.</summary>
public sealed class PinkNoise(DeterministicRandom random)
{
    private double _b0, _b1, _b2, _b3, _b4, _b5, _b6;

    public double Next()
    {
        double white = random.NextSigned();
        _b0 = (0.99886 * _b0) + (white * 0.0555179);
        _b1 = (0.99332 * _b1) + (white * 0.0750759);
        _b2 = (0.96900 * _b2) + (white * 0.1538520);
        _b3 = (0.86650 * _b3) + (white * 0.3104856);
        _b4 = (0.55000 * _b4) + (white * 0.5329522);
        _b5 = (-0.7616 * _b5) - (white * 0.0168980);
        double pink = _b0 + _b1 + _b2 + _b3 + _b4 + _b5 + _b6 + (white * 0.5362);
        _b6 = white * 0.115926;
        return pink * 0.2;
    }
}
