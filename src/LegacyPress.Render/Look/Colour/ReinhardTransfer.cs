namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// Reinhard et al. (2001), "Color transfer between images", in CIELAB instead of lαβ: each channel shifted and scaled
/// so the source's mean and standard deviation become the target's, (x − μs)·σt/σs + μt.
/// </summary>
public sealed class ReinhardTransfer : IColourTransfer
{
    // A channel with less spread than this (an image with no variation in it) is only shifted: scaling it would
    // divide by almost nothing.
    private const double MinimumSpread = 0.1;

    private readonly Lab sourceMean;
    private readonly Lab targetMean;
    private readonly (double L, double A, double B) scale;

    public ReinhardTransfer(LookStatistics source, LookStatistics target)
    {
        sourceMean = source.Mean;
        targetMean = target.Mean;
        var (s, t) = (source.StandardDeviation, target.StandardDeviation);
        scale = (Scale(s.L, t.L), Scale(s.A, t.A), Scale(s.B, t.B));
    }

    public Lab Map(Lab source) => new(
        (source.L - sourceMean.L) * scale.L + targetMean.L,
        (source.A - sourceMean.A) * scale.A + targetMean.A,
        (source.B - sourceMean.B) * scale.B + targetMean.B);

    private static double Scale(double sourceSpread, double targetSpread) =>
        sourceSpread < MinimumSpread ? 1 : targetSpread / sourceSpread;
}
