namespace LegacyPress.Render.Look;

/// <summary>
/// Monochrome film grain: a fresh pattern every frame (hash of seed, frame and pixel — no state, so frames can be
/// drawn in any order on any thread and still come out the same), strongest in the mid-tones the way real grain
/// shows, fading in deep shadows and highlights.
/// </summary>
public sealed class FilmGrain(double amount, int seed)
{
    /// <summary>Peak grain at amount 1, in 8-bit levels.</summary>
    private const float PeakLevelsAtFullAmount = 48;

    private readonly float peak = (float)Math.Clamp(amount, 0, 1) * PeakLevelsAtFullAmount;

    public bool IsNone => peak <= 0;

    /// <summary>Grain to add to a pixel, in 8-bit levels, given its luma 0..1.</summary>
    public float At(int x, int y, int frame, float luma)
    {
        var h = Hash((uint)x, (uint)y, (uint)frame, (uint)seed);
        // Two 16-bit uniforms summed: a triangular distribution, softer than uniform noise.
        var noise = ((h & 0xFFFF) + (h >> 16)) / 65535f - 1f;
        var midtones = 4 * luma * (1 - luma);
        return noise * peak * (0.3f + 0.7f * midtones);
    }

    private static uint Hash(uint x, uint y, uint frame, uint seed)
    {
        var h = seed * 0x9E3779B1u + frame * 0x85EBCA77u;
        h ^= x * 0xC2B2AE3Du;
        h = (h << 13 | h >> 19) * 0x27D4EB2Fu;
        h ^= y * 0x165667B1u;
        // murmur3's finaliser: every input bit reaches every output bit.
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }
}
