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
/// a run stopped at any point continues (never repeats) next time. Creates are recorded as pending before they are
/// sent, so a lost answer is looked up instead of sent twice. The video and its details must go; the thumbnail, each
/// caption track and the playlist are optional parts: one that YouTube refuses is reported and the others still go.
/// Run it under <see cref="PublishLedgerLock"/>: the ledger has one writer.
/// </summary>
public sealed class YouTubePublisher(YouTubeEndpoints endpoints, IAccessTokenSource tokens, TransportOptions options)
{
    public const string Platform = "youtube";

    public async Task<PublishResult> RunAsync(PublishPlan plan, PublishLedgerFile ledgerFile, PublishObserver observer, CancellationToken cancellation)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = Timeout.InfiniteTimeSpan };
        var http = new YouTubeHttp(client, tokens, RetryPipeline.Create(options, observer.Log), options);
        var api = new YouTubeApi(http, endpoints);
        var inputs = plan.Inputs;
        var ledger = ledgerFile.Load();
        var record = ledger.For(Platform);
        var steps = new List<PublishStep>();
        var warnings = new List<string>();
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
                try
                {
                    created = await SendAsync(await StartSessionAsync(), ask: false);
                }
                catch (UploadSessionExpiredException e)
                {
                    throw new PublishException(
                        "YouTube ended the upload session twice in a row, the replacement too; nothing was lost and no video was created. " +
                        "Run publish again later: it starts a new session.", e, PublishFailureKind.TryLater);
                }
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

        // A create's intent is in the ledger before its request, and is replaced by its result in one write: a create
        // found pending (an earlier run stopped with it in flight) is looked up before it is sent again, and no moment
        // exists where the ledger has neither.
        async Task<string> CreateRecordedAsync(string kind, string key, Func<bool, Task<string>> create, Func<PlatformRecord, string, PlatformRecord> result)
        {
            var askFirst = record!.IsPending(kind, key);
            Save(record.WithPending(new PendingCreate(kind, key, DateTimeOffset.UtcNow)));
            var id = await create(askFirst);
            Save(result(record!.WithoutPending(kind, key), id));
            return id;
        }

        PlatformRecord WithCaption(PlatformRecord r, CaptionFile c, string id) => r with
        {
            Captions = [.. r.Captions.Where(k => !string.Equals(k.Language, c.Language, StringComparison.OrdinalIgnoreCase)), new CaptionRecord(c.Language, id, c.File.Fingerprint.Sha256)],
        };

        // The optional parts: a refusal of one is a warning, and the next run retries only what the ledger lacks.
        async Task OptionalAsync(string step, string detail, Func<Task<string>> send)
        {
            try
            {
                steps.Add(new PublishStep(step, await send(), detail));
            }
            catch (PublishException e) when (e.Kind == PublishFailureKind.Refused)
            {
                steps.Add(new PublishStep(step, "refused", detail));
                warnings.Add(e.Message);
                observer.Log($"{step}: {e.Message}");
            }
        }

        if (inputs.Thumbnail is { } thumbnail)
        {
            await OptionalAsync("thumbnail", thumbnail.DisplayPath, async () =>
            {
                if (!plan.SetThumbnail)
                {
                    return "unchanged";
                }
                await api.SetThumbnailAsync(videoId, thumbnail.Path, thumbnail.ContentType, cancellation);
                Save(record! with { ThumbnailSha256 = thumbnail.Fingerprint.Sha256 });
                return "set";
            });
        }

        foreach (var step in plan.Captions)
        {
            var c = step.Caption;
            await OptionalAsync($"captions {c.Language}", c.File.DisplayPath, async () =>
            {
                if (step.Action == CaptionAction.Keep)
                {
                    return "unchanged";
                }
                if (step.Action == CaptionAction.Update)
                {
                    var id = await api.UpdateCaptionAsync(videoId, step.ExistingCaptionId!, c.Language, c.Name, c.File.Path, cancellation);
                    Save(WithCaption(record!, c, id));
                }
                else
                {
                    await CreateRecordedAsync(PendingCreate.Kinds.Caption, $"{videoId}/{c.Language}",
                        askFirst => api.InsertCaptionAsync(videoId, c.Language, c.Name, c.File.Path, askFirst, cancellation),
                        (r, id) => WithCaption(r, c, id));
                }
                return step.Action == CaptionAction.Insert ? "added" : "replaced";
            });
        }

        if (plan.Playlist is { } playlist)
        {
            await OptionalAsync("playlist", playlist.Title, async () =>
            {
                var playlistId = playlist.KnownPlaylistId ?? await api.FindPlaylistAsync(playlist.Title, cancellation);
                var created = playlistId is null;
                if (playlistId is null)
                {
                    playlistId = await CreateRecordedAsync(PendingCreate.Kinds.Playlist, playlist.Title,
                        askFirst => api.CreatePlaylistAsync(playlist.Title, inputs.Settings.Privacy.ToString().ToLowerInvariant(), askFirst, cancellation),
                        (r, id) => r with { Playlist = new PlaylistRecord(playlist.Title, id, null) });
                }
                else
                {
                    Save(record! with { Playlist = new PlaylistRecord(playlist.Title, playlistId, null) });
                }

                var listId = playlistId;
                await CreateRecordedAsync(PendingCreate.Kinds.PlaylistItem, $"{listId}/{videoId}",
                    askFirst => api.AddToPlaylistAsync(listId, videoId, askFirst, cancellation),
                    (r, id) => r with { Playlist = new PlaylistRecord(playlist.Title, listId, id) });
                return created ? "created, added" : "added";
            });
        }
        else if (inputs.Settings.Playlist is { } title)
        {
            steps.Add(new PublishStep("playlist", "unchanged", title));
        }

        return new PublishResult(videoId, new Uri($"https://youtu.be/{videoId}"), steps, uploaded) { Warnings = warnings };
    }
}
