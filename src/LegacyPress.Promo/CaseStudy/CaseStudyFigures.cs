namespace LegacyPress.Promo.CaseStudy;

/// <summary>Pictures drawn from the project for the case study (PNG files), made before the document is built.</summary>
public sealed record CaseStudyFigures(string? StoryboardPng, string? TimelinePng)
{
    public static CaseStudyFigures None { get; } = new(null, null);
}
