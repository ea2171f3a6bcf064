namespace LegacyPress.Render.Look.Colour;

/// <summary>What makes an image unusable as a look reference.</summary>
public enum LookAnalysisProblem
{
    /// <summary>Fewer pixels than <see cref="LookStatistics.MinimumPixels"/>: too few for stable statistics.</summary>
    TooFewPixels,

    /// <summary>One flat colour: no spread to match a look against.</summary>
    SingleColour,
}

/// <summary>An image whose look cannot be measured; the caller turns it into a warning for the user.</summary>
public sealed class LookAnalysisException(LookAnalysisProblem problem, string message) : Exception(message)
{
    public LookAnalysisProblem Problem { get; } = problem;
}
