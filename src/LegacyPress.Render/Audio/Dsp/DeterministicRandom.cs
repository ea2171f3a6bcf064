namespace LegacyPress.Render.Audio.Dsp;

/// <summary>A seeded xoshiro256** generator: the same seed gives the same stream on every runtime.</summary>
/// <remarks>System.Random's seeded algorithm is an implementation detail of .NET; sound must not change with it.</remarks>
public sealed class DeterministicRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public DeterministicRandom(int seed)
        : this(unchecked((ulong)seed))
    {
    }

    private DeterministicRandom(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>A uniform value in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform value in [-1, 1).</summary>
    public double NextSigned() => (NextDouble() * 2.0) - 1.0;

    /// <summary>A uniform value in [min, max).</summary>
    public double Range(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>An independent generator for one named part of a sound, so adding a part never shifts another's randomness.</summary>
    public DeterministicRandom Fork(int stream)
    {
        ulong mixed = NextUInt64() ^ (0x9E3779B97F4A7C15UL * (ulong)(uint)(stream + 1));
        return new DeterministicRandom(mixed);
    }

    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
