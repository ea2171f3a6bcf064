namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// Per-channel histogram matching in Reinhard et al.'s lαβ (<see cref="LogLms"/>), where the channels are decorrelated
/// and a white-balance gain is a shift: each value goes to the target value of the same rank (source CDF, then target
/// inverse CDF, both piecewise linear over <see cref="LookStatistics.QuantileSteps"/> quantiles). Values outside the
/// source's range map to the target's end values.
/// </summary>
public sealed class HistogramTransfer(LookStatistics source, LookStatistics target) : IColourTransfer
{
    private readonly LalphabetaStatistics from = source.Lalphabeta;
    private readonly LalphabetaStatistics to = target.Lalphabeta;

    /// <summary>Through lαβ and back.</summary>
    public Lab Map(Lab colour) => LogLms.ToLab(Map(LogLms.FromLab(colour)));

    /// <summary>The transfer itself, in lαβ.</summary>
    public Lalphabeta Map(Lalphabeta colour) => new(
        to.LQuantiles.ValueAt(from.LQuantiles.RankOf(colour.L)),
        to.AlphaQuantiles.ValueAt(from.AlphaQuantiles.RankOf(colour.Alpha)),
        to.BetaQuantiles.ValueAt(from.BetaQuantiles.RankOf(colour.Beta)));
}
