using System.Runtime.Intrinsics;

namespace LegacyPress.Render.Look;

/// <summary>
/// How strong grain is at a luma 0..255, in levels per unit of stored noise times <see cref="FilmGrain.AmplitudeScale"/>:
/// <see cref="FilmGrain.MidtoneWeight"/> of the peak, in fixed point.
/// </summary>
/// <remarks>
/// The weighting is a quadratic in luma (0.3 + 0.7·4l(1−l)), so it is computed per pixel rather than read from a
/// 256-entry table: in the fused pass the table's vpgatherdd cost ≈1.3 of ≈4.7 ms per 1080p frame on the bench
/// machine, the arithmetic a handful of vector instructions. It agrees with the float weighting to 0.1%.
/// </remarks>
public readonly record struct GrainAmplitude
{
    // l·(255−l) peaks at 16256 (mid-grey); the mid-tone term is scaled by 2^16 to keep its precision in an int.
    private const int MidtoneShift = 16;
    private const float MidtoneProductAtMidGrey = 127.5f * 127.5f;

    private readonly int atBlack;
    private readonly int midtoneGain;

    /// <param name="peakLevels">Grain at full weight, in 8-bit levels.</param>
    public GrainAmplitude(float peakLevels)
    {
        var perNoiseUnit = peakLevels / FilmGrain.NoiseScale * FilmGrain.AmplitudeScale;
        atBlack = (int)MathF.Round(perNoiseUnit * FilmGrain.MidtoneWeight(0));
        midtoneGain = (int)MathF.Round(perNoiseUnit * (FilmGrain.MidtoneWeight(0.5f) - FilmGrain.MidtoneWeight(0)) / MidtoneProductAtMidGrey * (1 << MidtoneShift));
    }

    public int At(int luma) => atBlack + (midtoneGain * (luma * (255 - luma)) >> MidtoneShift);

    /// <inheritdoc cref="At(int)"/>
    public Vector256<int> At(Vector256<int> luma) =>
        Vector256.Create(atBlack) + ((Vector256.Create(midtoneGain) * (luma * (Vector256.Create(255) - luma))) >> MidtoneShift);
}
