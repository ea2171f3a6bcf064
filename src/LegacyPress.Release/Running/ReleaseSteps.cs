using LegacyPress.Release.Steps;

namespace LegacyPress.Release.Running;

/// <summary>The release's steps in pipeline order: the one table a new step is added to.</summary>
public static class ReleaseSteps
{
    public static IReadOnlyList<IReleaseStep> All { get; } =
    [
        new FilmStep(),
        new CaptionsStep(),
        new TimelinePicturesStep(),
        new LookStep(),
        new TrailerStep(),
        new PromoStep(),
        new PressKitStep(),
        new CaseStudyStep(),
        new ManifestStep(),
        new PublishingStep(),
    ];

    public static IEnumerable<string> Names => All.Select(s => s.Name);
}
