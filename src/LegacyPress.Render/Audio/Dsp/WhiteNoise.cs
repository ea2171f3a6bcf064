namespace LegacyPress.Render.Audio.Dsp;

/// <summary>Uniform white noise in [-1, 1) from a seeded generator.</summary>
public sealed class WhiteNoise(DeterministicRandom random)
{
    public double Next() => random.NextSigned();
}
