namespace LegacyPress.Publish.Planning;

/// <summary>What happens to the video file itself.</summary>
public enum VideoAction
{
    /// <summary>No video yet (or <c>--replace</c>): start a new resumable session.</summary>
    UploadNew,

    /// <summary>An earlier run was interrupted: ask the saved session how far it got and continue from there.</summary>
    Resume,

    /// <summary>This exact film is already on YouTube: send no bytes.</summary>
    Keep,
}

/// <summary>What happens to one caption track.</summary>
public enum CaptionAction { Insert, Update, Keep }

public sealed record CaptionStep(CaptionFile Caption, CaptionAction Action, string? ExistingCaptionId);

/// <summary>Adds the video to a playlist found (or created) by title.</summary>
public sealed record PlaylistStep(string Title, string? KnownPlaylistId);

/// <summary>
/// The whole run decided before anything is sent: the dry run prints it, the executor follows it. Quota is the
/// estimate for the steps listed (a retried request costs again).
/// </summary>
public sealed record PublishPlan(
    PublishInputs Inputs,
    VideoAction Video,
    string VideoReason,
    string? ExistingVideoId,
    bool UpdateMetadata,
    bool SetThumbnail,
    IReadOnlyList<CaptionStep> Captions,
    PlaylistStep? Playlist,
    IReadOnlyList<(string Method, int Calls)> QuotaCalls)
{
    public bool NothingToDo =>
        Video == VideoAction.Keep && !UpdateMetadata && !SetThumbnail && Captions.All(c => c.Action == CaptionAction.Keep) && Playlist is null;
}
