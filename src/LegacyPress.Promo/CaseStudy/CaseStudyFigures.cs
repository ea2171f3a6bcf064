using LegacyPress.Render.Look.Matching;

namespace LegacyPress.Promo.CaseStudy;

/// <summary>Pictures drawn from the project for the case study (PNG files), made before the document is built.</summary>
public sealed record CaseStudyFigures(string? StoryboardPng, string? TimelinePng)
{
    public static CaseStudyFigures None { get; } = new(null, null);

    /// <summary>The film's look survey, for "Keeping the look consistent"; null leaves the page out.</summary>
    public FilmLook? Look { get; init; }

    /// <summary>The drift chart of <see cref="Look"/>, before and after matching.</summary>
    public string? LookDriftPng { get; init; }
}
