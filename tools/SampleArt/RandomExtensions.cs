namespace LegacyPress.SampleArt;

/// <summary>Small sampling helpers over a seeded <see cref="Random"/>, so every run paints the same stills.</summary>
public static class RandomExtensions
{
    public static float Range(this Random rng, float min, float max) => min + (rng.NextSingle() * (max - min));

    public static bool Chance(this Random rng, float probability) => rng.NextSingle() < probability;

    /// <summary>Box–Muller; clusters props around a point instead of spreading them evenly.</summary>
    public static float Gaussian(this Random rng, float mean, float sigma)
    {
        var u1 = 1f - rng.NextSingle();
        var u2 = rng.NextSingle();
        return mean + (sigma * MathF.Sqrt(-2f * MathF.Log(u1)) * MathF.Cos(2f * MathF.PI * u2));
    }

    /// <summary>Skia's noise shaders take a float seed; drawing it from the scene's generator keeps it fixed per still.</summary>
    public static float NoiseSeed(this Random rng) => rng.Next(1, 10_000);
}
