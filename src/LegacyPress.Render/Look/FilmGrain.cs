namespace LegacyPress.Render.Look;

/// <summary>
/// Monochrome film grain, strongest in the mid-tones the way real grain shows and fading in deep shadows and
/// highlights. Made once per render as a few tiles of triangular noise seeded by the film's grain seed; each
/// frame reads one tile at an offset, both picked by a hash of (seed, frame). No state, so frames can be drawn
/// in any order on any thread and still come out the same, and the grain still moves from frame to frame.
/// </summary>
public sealed class FilmGrain
{
    /// <summary>Side of a noise tile in pixels; a power of two so a pixel's tile column is a mask.</summary>
    public const int TileSize = 256;

    /// <summary>
    /// Fixed-point scale of the amplitudes: the same as the vignette's unity gain, so a channel times its gain and
    /// the grain add up in one integer before the single rounding.
    /// </summary>
    public const int AmplitudeScale = Vignette.Unity;

    /// <summary>Noise values are stored as sbyte: ±1 is ±127.</summary>
    public const int NoiseScale = 127;

    /// <summary>Peak grain at amount 1, in 8-bit levels.</summary>
    private const float PeakLevelsAtFullAmount = 48;

    // Eight tiles of 64 KB: one is read per frame, so it stays in L2 while the frame is graded; with 65536 offsets
    // each that is half a million placements, so two frames close together practically never share one.
    private const int TileCount = 8;

    // Each tile row is followed by a copy of its first bytes, so a vector read of up to 32 noise values that starts
    // near the end of the row does not have to wrap.
    private const int RowPadding = 32;
    private const int RowStride = TileSize + RowPadding;

    // Tile pixels are hashed with the tile index as the "frame"; the per-frame choice is salted so it is not
    // correlated with tile contents.
    private const uint PlacementSalt = 0x6A09E667u;

    private readonly sbyte[] tiles;
    private readonly int seed;

    public FilmGrain(double amount, int seed)
    {
        this.seed = seed;
        var peak = PeakLevels(amount);
        IsNone = peak <= 0;
        Amplitude = new GrainAmplitude(peak);
        tiles = IsNone ? [] : new sbyte[TileCount * TileSize * RowStride];
        if (IsNone)
        {
            return;
        }
        for (var tile = 0; tile < TileCount; tile++)
        {
            for (var y = 0; y < TileSize; y++)
            {
                var row = tiles.AsSpan((tile * TileSize + y) * RowStride, RowStride);
                for (var x = 0; x < TileSize; x++)
                {
                    row[x] = (sbyte)MathF.Round(TriangularNoise(x, y, tile, seed) * NoiseScale);
                }
                row[..RowPadding].CopyTo(row[TileSize..]);
            }
        }
    }

    public bool IsNone { get; }

    /// <summary>Grain strength by luma.</summary>
    public GrainAmplitude Amplitude { get; }

    /// <summary>Peak grain in 8-bit levels for a grain amount (clamped to 0..1).</summary>
    public static float PeakLevels(double amount) => (float)Math.Clamp(amount, 0, 1) * PeakLevelsAtFullAmount;

    /// <summary>How much of the peak grain shows at a luma 0..1: 1 in the mid-tones, 0.3 at black and white.</summary>
    public static float MidtoneWeight(float luma) => 0.3f + 0.7f * (4 * luma * (1 - luma));

    /// <summary>Seeded noise in -1..1 for one pixel of one frame: two 16-bit uniforms summed, a triangular distribution, softer than uniform noise.</summary>
    public static float TriangularNoise(int x, int y, int frame, int seed)
    {
        var h = Hash((uint)x, (uint)y, (uint)frame, (uint)seed);
        return ((h & 0xFFFF) + (h >> 16)) / 65535f - 1f;
    }

    /// <summary>Which tile frame <paramref name="frameIndex"/> reads, and from where.</summary>
    public GrainPlacement PlacementFor(int frameIndex)
    {
        var h = Hash((uint)frameIndex, PlacementSalt, (uint)frameIndex, (uint)seed);
        return new GrainPlacement((int)(h % TileCount), (int)(h >> 8) & (TileSize - 1), (int)(h >> 16) & (TileSize - 1));
    }

    /// <summary>
    /// The noise for row <paramref name="y"/> of a frame: pixel x's value is at index
    /// <c>(placement.OffsetX + x) &amp; (TileSize - 1)</c>, and the 32 values from there on are readable in a row.
    /// </summary>
    public ReadOnlySpan<sbyte> Row(GrainPlacement placement, int y)
    {
        var tileRow = (placement.OffsetY + y) & (TileSize - 1);
        return tiles.AsSpan((placement.Tile * TileSize + tileRow) * RowStride, RowStride);
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
