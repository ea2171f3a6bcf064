namespace LegacyPress.Publish;

/// <summary>
/// What a publish run did: the video, its address, one line per step for the summary table, and the optional parts
/// YouTube refused (the video is published; a rerun sends only those).
/// </summary>
public sealed record PublishResult(string VideoId, Uri VideoUrl, IReadOnlyList<PublishStep> Steps, long UploadedBytes)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>One step of the run and how it ended ("uploaded", "unchanged", "updated", "refused"…).</summary>
public sealed record PublishStep(string Name, string Outcome, string Detail);
