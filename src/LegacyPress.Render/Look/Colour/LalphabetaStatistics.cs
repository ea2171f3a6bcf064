namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// An image's distribution in lαβ (<see cref="LogLms"/>), every pixel weighted equally: what Reinhard's transfer and
/// histogram matching are built from. Measured in the same pass as the rest of <see cref="LookStatistics"/>.
/// </summary>
public sealed class LalphabetaStatistics
{
    public LalphabetaStatistics(Lalphabeta mean, Lalphabeta standardDeviation, Quantiles lQuantiles, Quantiles alphaQuantiles, Quantiles betaQuantiles)
    {
        Mean = mean;
        StandardDeviation = standardDeviation;
        LQuantiles = lQuantiles;
        AlphaQuantiles = alphaQuantiles;
        BetaQuantiles = betaQuantiles;
    }

    public Lalphabeta Mean { get; }

    /// <summary>The population standard deviation of each channel, in lαβ (log10) units.</summary>
    public Lalphabeta StandardDeviation { get; }

    public Quantiles LQuantiles { get; }

    public Quantiles AlphaQuantiles { get; }

    public Quantiles BetaQuantiles { get; }
}
