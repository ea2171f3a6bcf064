using LegacyPress.Publish.Upload;

namespace LegacyPress.Publish;

/// <summary>Where a run reports as it goes: log lines (retries, resumes) and upload progress. Never given a token or secret.</summary>
public sealed record PublishObserver(Action<string> Log, IProgress<UploadProgress>? Upload)
{
    public static PublishObserver Silent { get; } = new(_ => { }, null);
}
