namespace LegacyPress.Publish;

/// <summary>What a publish run did: the video, its address, and one line per step for the summary table.</summary>
public sealed record PublishResult(string VideoId, Uri VideoUrl, IReadOnlyList<PublishStep> Steps, long UploadedBytes);

/// <summary>One step of the run and how it ended ("uploaded", "unchanged", "updated"…).</summary>
public sealed record PublishStep(string Name, string Outcome, string Detail);
