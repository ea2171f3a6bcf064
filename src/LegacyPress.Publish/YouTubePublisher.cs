using LegacyPress.Publish.Auth;
using LegacyPress.Publish.Http;
using LegacyPress.Publish.Ledger;
using LegacyPress.Publish.Metadata;
using LegacyPress.Publish.Planning;
using LegacyPress.Publish.Upload;
using LegacyPress.Publish.YouTube;

namespace LegacyPress.Publish;

/// <summary>
/// Carries out a <see cref="PublishPlan"/> on YouTube, writing the ledger after every step that YouTube confirmed, so
/// a run stopped at any point continues (never repeats) next time.
/// </summary>
public sealed class YouTubePublisher(YouTubeEndpoints endpoints, IAccessTokenSource tokens, TransportOptions options)
{
    public const string Platform = "youtube";

    public async Task<PublishResult> RunAsync(PublishPlan plan, PublishLedgerFile ledgerFile, PublishObserver observer, CancellationToken cancellation)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = Timeout.InfiniteTimeSpan };
        var http = new YouTubeHttp(client, tokens, RetryPipeline.Create(options, observer.Log));
        var api = new YouTubeApi(http, endpoints);
        var inputs = plan.Inputs;
        var ledger = ledgerFile.Load();
        var record = ledger.For(Platform);
        var steps = new List<PublishStep>();
        long uploaded = 0;

        void Save(PlatformRecord next)
        {
            record = next;
            ledger = ledger.With(Platform, next);
            ledgerFile.Save(ledger);
        }

        string videoId;
        if (plan.Video == VideoAction.Keep)
        {
            videoId = plan.ExistingVideoId!;
            steps.Add(new PublishStep("video", "unchanged", $"{videoId}; no bytes sent"));
        }
        else
        {
            var film = inputs.Film;
            var upload = new ResumableUpload(http, options);
            var filmRecord = new FilmRecord(film.DisplayPath, film.Fingerprint.Sha256, film.Fingerprint.Bytes);
            var askFirst = plan.Video == VideoAction.Resume;
            var startedAt = record?.Upload?.ConfirmedBytes ?? 0;

            async Task<Uri> StartSessionAsync()
            {
                var endpoint = endpoints.Upload($"youtube/v3/videos?uploadType=resumable&part={VideoResource.Parts}");
                var session = await upload.StartAsync(endpoint, inputs.VideoResourceJson, film.Fingerprint.Bytes, film.ContentType, cancellation);
                var replaced = record?.VideoId is { } old ? [.. record.ReplacedVideoIds, old] : record?.ReplacedVideoIds ?? [];
                // The session is saved before the first byte: a crash from here on resumes it instead of creating a second video.
                Save(new PlatformRecord { Film = filmRecord, Upload = new UploadSessionRecord(session.AbsoluteUri, 0, DateTimeOffset.UtcNow), ReplacedVideoIds = replaced });
                return session;
            }

            var sessionUri = askFirst ? new Uri(record!.Upload!.SessionUri) : await StartSessionAsync();
            if (askFirst)
            {
                observer.Log($"resuming the upload of {film.DisplayPath} (ledger: {startedAt:N0} of {film.Fingerprint.Bytes:N0} bytes confirmed)");
            }
            string created;
            try
            {
                created = await SendAsync(sessionUri, askFirst);
            }
            catch (UploadSessionExpiredException)
            {
                observer.Log("the saved upload session has expired; starting a new one from the first byte");
                startedAt = 0;
                created = await SendAsync(await StartSessionAsync(), ask: false);
            }

            Task<string> SendAsync(Uri session, bool ask) =>
                upload.SendAsync(session, film.Path, film.Fingerprint.Bytes, ask, offset =>
                {
                    Save(record! with { Upload = record.Upload! with { ConfirmedBytes = offset } });
                    return Task.CompletedTask;
                }, observer.Upload, cancellation);

            videoId = YouTubeApi.IdOf(created);
            uploaded = film.Fingerprint.Bytes - startedAt;
            Save(record! with { Upload = null, VideoId = videoId, MetadataSha256 = inputs.MetadataSha256 });
            steps.Add(new PublishStep("video", plan.Video == VideoAction.Resume ? "resumed" : "uploaded",
                $"{videoId}; {film.DisplayPath}, {film.Fingerprint.Bytes:N0} bytes"));
        }

        if (plan.UpdateMetadata)
        {
            await api.UpdateVideoAsync(VideoResource.Build(inputs.Metadata, inputs.Settings, videoId).ToJsonString(), cancellation);
            Save(record! with { MetadataSha256 = inputs.MetadataSha256 });
            steps.Add(new PublishStep("details", "updated", "title, description, tags, privacy…"));
        }
        else
        {
            steps.Add(new PublishStep("details", plan.Video == VideoAction.Keep ? "unchanged" : "sent with upload", inputs.Metadata.Title));
        }

        if (inputs.Thumbnail is { } thumbnail)
        {
            if (plan.SetThumbnail)
            {
                await api.SetThumbnailAsync(videoId, thumbnail.Path, thumbnail.ContentType, cancellation);
                Save(record! with { ThumbnailSha256 = thumbnail.Fingerprint.Sha256 });
            }
            steps.Add(new PublishStep("thumbnail", plan.SetThumbnail ? "set" : "unchanged", thumbnail.DisplayPath));
        }

        foreach (var step in plan.Captions)
        {
            if (step.Action != CaptionAction.Keep)
            {
                var c = step.Caption;
                var id = await api.PutCaptionAsync(videoId, step.ExistingCaptionId, c.Language, c.Name, c.File.Path, cancellation);
                var others = record!.Captions.Where(r => !string.Equals(r.Language, c.Language, StringComparison.OrdinalIgnoreCase));
                Save(record with { Captions = [.. others, new CaptionRecord(c.Language, id, c.File.Fingerprint.Sha256)] });
            }
            steps.Add(new PublishStep($"captions {step.Caption.Language}", step.Action switch
            {
                CaptionAction.Insert => "added",
                CaptionAction.Update => "replaced",
                _ => "unchanged",
            }, step.Caption.File.DisplayPath));
        }

        if (plan.Playlist is { } playlist)
        {
            var playlistId = playlist.KnownPlaylistId ?? await api.FindPlaylistAsync(playlist.Title, cancellation);
            var created = playlistId is null;
            playlistId ??= await api.CreatePlaylistAsync(playlist.Title, inputs.Settings.Privacy.ToString().ToLowerInvariant(), cancellation);
            Save(record! with { Playlist = new PlaylistRecord(playlist.Title, playlistId, null) });
            var itemId = await api.AddToPlaylistAsync(playlistId, videoId, cancellation);
            Save(record! with { Playlist = new PlaylistRecord(playlist.Title, playlistId, itemId) });
            steps.Add(new PublishStep("playlist", created ? "created, added" : "added", playlist.Title));
        }
        else if (inputs.Settings.Playlist is { } title)
        {
            steps.Add(new PublishStep("playlist", "unchanged", title));
        }

        return new PublishResult(videoId, new Uri($"https://youtu.be/{videoId}"), steps, uploaded);
    }
}
