using LegacyPress.Publish.Ledger;

namespace LegacyPress.Publish.Planning;

/// <summary>Decides a publish run from the inputs and the ledger: a pure function, no network, no disk.</summary>
public static class PublishPlanner
{
    /// <summary>The plan, or a refusal written for the user when the film changed and <paramref name="replace"/> was not given.</summary>
    public static (PublishPlan? Plan, string? Refusal) Plan(PublishInputs inputs, PlatformRecord? record, bool replace)
    {
        var film = inputs.Film.Fingerprint;
        var sameFilm = record is not null && record.Film.Sha256 == film.Sha256 && record.Film.Bytes == film.Bytes;

        VideoAction video;
        string reason;
        if (record?.VideoId is { } id && sameFilm)
        {
            video = VideoAction.Keep;
            reason = $"already uploaded as {id}; the film is unchanged (SHA-256 {film.Sha256[..12]}…)";
        }
        else if (record?.VideoId is { } oldId && !replace)
        {
            return (null,
                $"the film changed since it was uploaded as video {oldId} ({record.Film.Path}, SHA-256 {record.Film.Sha256[..12]}… → {film.Sha256[..12]}…). " +
                "YouTube cannot swap a video's file, so publishing it means a second video. Run again with --replace to upload it as a new video " +
                $"(the old one stays on YouTube until you delete it in YouTube Studio), or restore the film that was published.");
        }
        else if (record?.Upload is { } session && sameFilm)
        {
            video = VideoAction.Resume;
            reason = $"resuming the interrupted upload at {session.ConfirmedBytes:N0} of {film.Bytes:N0} bytes";
        }
        else
        {
            video = VideoAction.UploadNew;
            reason = record?.VideoId is { } replaced
                ? $"--replace: the changed film becomes a new video (video {replaced} is left as it is)"
                : "first upload of this film";
        }

        var fresh = video != VideoAction.Keep;
        // A new video is created with its metadata; an existing one is updated only when the resource changed.
        var updateMetadata = !fresh && record!.MetadataSha256 != inputs.MetadataSha256;
        var setThumbnail = inputs.Thumbnail is { } thumb && (fresh || record!.ThumbnailSha256 != thumb.Fingerprint.Sha256);

        var captions = inputs.Captions.Select(c =>
        {
            var known = fresh ? null : record!.Captions.FirstOrDefault(r => string.Equals(r.Language, c.Language, StringComparison.OrdinalIgnoreCase));
            return known is null
                ? new CaptionStep(c, CaptionAction.Insert, null)
                : new CaptionStep(c, known.Sha256 == c.File.Fingerprint.Sha256 ? CaptionAction.Keep : CaptionAction.Update, known.CaptionId);
        }).ToList();

        PlaylistStep? playlist = null;
        if (inputs.Settings.Playlist is { } title)
        {
            var known = record?.Playlist;
            var alreadyIn = !fresh && known is { ItemId: not null } && known.Title == title;
            if (!alreadyIn)
            {
                playlist = new PlaylistStep(title, known?.Title == title ? known.PlaylistId : null);
            }
        }

        var quota = new List<(string, int)>();
        void Count(string method, int calls)
        {
            if (calls > 0) quota.Add((method, calls));
        }
        Count("videos.insert", fresh ? 1 : 0);
        Count("videos.update", updateMetadata ? 1 : 0);
        Count("thumbnails.set", setThumbnail ? 1 : 0);
        Count("captions.insert", captions.Count(c => c.Action == CaptionAction.Insert));
        Count("captions.update", captions.Count(c => c.Action == CaptionAction.Update));
        Count("playlists.list", playlist is { KnownPlaylistId: null } ? 1 : 0);
        Count("playlistItems.insert", playlist is null ? 0 : 1);

        var existing = fresh ? null : record!.VideoId;
        return (new PublishPlan(inputs, video, reason, existing, updateMetadata, setThumbnail, captions, playlist, quota), null);
    }
}
