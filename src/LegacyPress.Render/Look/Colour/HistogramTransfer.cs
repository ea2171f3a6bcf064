namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// Per-channel histogram matching of L*, a* and b*: each value goes to the target value of the same rank (source CDF,
/// then target inverse CDF, both piecewise linear over <see cref="LookStatistics.QuantileSteps"/> quantiles). Values
/// outside the source's range map to the target's end values.
/// </summary>
public sealed class HistogramTransfer(LookStatistics source, LookStatistics target) : IColourTransfer
{
    public Lab Map(Lab colour) => new(
        target.LQuantiles.ValueAt(source.LQuantiles.RankOf(colour.L)),
        target.AQuantiles.ValueAt(source.AQuantiles.RankOf(colour.A)),
        target.BQuantiles.ValueAt(source.BQuantiles.RankOf(colour.B)));
}
