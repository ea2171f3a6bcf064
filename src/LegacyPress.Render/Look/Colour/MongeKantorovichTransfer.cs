namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// The linear Monge–Kantorovitch colour mapping (Pitié &amp; Kokaram 2007) in CIELAB: the affine map x → T(x − μs) + μt
/// that carries the source's Gaussian (mean, covariance) onto the target's with the least mean squared displacement,
/// T = Σs^-½ (Σs^½ Σt Σs^½)^½ Σs^-½. Unlike Reinhard's per-channel scaling it also moves correlations between channels.
/// </summary>
public sealed class MongeKantorovichTransfer : IColourTransfer
{
    // Source variances are floored at 0.01 (a standard deviation of 0.1 Lab units, below what 8 bits resolve) so the
    // inverse square root of a degenerate covariance (a greyscale source has no a*/b* spread) stays finite; along such
    // a direction T is then large but never NaN, and the baked cube clamps what leaves the gamut.
    private const double MinimumVariance = 0.01;

    private readonly Lab sourceMean;
    private readonly Lab targetMean;

    public MongeKantorovichTransfer(LookStatistics source, LookStatistics target)
    {
        sourceMean = source.Mean;
        targetMean = target.Mean;
        Matrix = Solve(source.Covariance, target.Covariance);
    }

    /// <summary>T, so that T·Σs·Tᵀ = Σt.</summary>
    public Matrix3 Matrix { get; }

    public Lab Map(Lab source)
    {
        var (l, a, b) = Matrix.Transform(source.L - sourceMean.L, source.A - sourceMean.A, source.B - sourceMean.B);
        return new Lab(l + targetMean.L, a + targetMean.A, b + targetMean.B);
    }

    /// <summary>The closed-form T for two covariance matrices.</summary>
    public static Matrix3 Solve(Matrix3 sourceCovariance, Matrix3 targetCovariance)
    {
        var sourceRoot = sourceCovariance.ApplyToSymmetric(v => Math.Sqrt(Math.Max(v, MinimumVariance)));
        var sourceInverseRoot = sourceCovariance.ApplyToSymmetric(v => 1 / Math.Sqrt(Math.Max(v, MinimumVariance)));
        // Σs^½ Σt Σs^½ is positive semi-definite; rounding can leave an eigenvalue a hair below zero.
        var middleRoot = (sourceRoot * targetCovariance * sourceRoot).ApplyToSymmetric(v => Math.Sqrt(Math.Max(v, 0)));
        return sourceInverseRoot * middleRoot * sourceInverseRoot;
    }
}
