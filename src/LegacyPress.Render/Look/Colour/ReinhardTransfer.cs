namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// Reinhard, Adhikhmin, Gooch &amp; Shirley (2001), "Color transfer between images", in their lαβ (<see cref="LogLms"/>):
/// each channel shifted and scaled so the source's mean and standard deviation become the target's,
/// (x − μs)·σt/σs + μt. Working on log cone responses, a white-balance gain is a shift the transfer undoes.
/// </summary>
public sealed class ReinhardTransfer : IColourTransfer
{
    // A channel with less spread than this (an image with no variation in it) is only shifted: scaling it would
    // divide by almost nothing. 0.001 log10 units is a 0.2% ratio of cone responses, about 0.1 L* at mid-grey.
    private const double MinimumSpread = 0.001;

    private readonly Lalphabeta sourceMean;
    private readonly Lalphabeta targetMean;
    private readonly (double L, double Alpha, double Beta) scale;

    public ReinhardTransfer(LookStatistics source, LookStatistics target)
    {
        sourceMean = source.Lalphabeta.Mean;
        targetMean = target.Lalphabeta.Mean;
        var (s, t) = (source.Lalphabeta.StandardDeviation, target.Lalphabeta.StandardDeviation);
        scale = (Scale(s.L, t.L), Scale(s.Alpha, t.Alpha), Scale(s.Beta, t.Beta));
    }

    /// <summary>Through lαβ and back.</summary>
    public Lab Map(Lab source) => LogLms.ToLab(Map(LogLms.FromLab(source)));

    /// <summary>The transfer itself, in lαβ.</summary>
    public Lalphabeta Map(Lalphabeta source) => new(
        (source.L - sourceMean.L) * scale.L + targetMean.L,
        (source.Alpha - sourceMean.Alpha) * scale.Alpha + targetMean.Alpha,
        (source.Beta - sourceMean.Beta) * scale.Beta + targetMean.Beta);

    private static double Scale(double sourceSpread, double targetSpread) =>
        sourceSpread < MinimumSpread ? 1 : targetSpread / sourceSpread;
}
