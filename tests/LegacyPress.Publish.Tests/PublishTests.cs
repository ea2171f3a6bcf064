using System.Security.Cryptography;
using System.Text.Json;
using LegacyPress.Publish.Ledger;
using LegacyPress.Publish.Planning;
using LegacyPress.Publish.Tests.Fakes;

namespace LegacyPress.Publish.Tests;

public sealed class PublishTests : IAsyncLifetime, IDisposable
{
    private FakeYouTubeServer server = null!;
    private readonly TestProject project = new("""
        publish:
          youtube:
            privacy: unlisted
            playlist: Short Films
            captions: [en]
        """);

    private PublishHarness harness = null!;

    private SignedInYouTube youTube = null!;

    public async Task InitializeAsync()
    {
        youTube = await SignedInYouTube.StartAsync(project, "The Test Film — official", "fantasy, short film, #ai", "en");
        (server, harness) = (youTube.Server, youTube.Harness);
    }

    public async Task DisposeAsync() => await youTube.DisposeAsync();

    public void Dispose() => project.Dispose();

    private string FilmSha256 => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(project.FilmPath)));

    [Fact]
    public async Task Full_publish_uploads_the_film_byte_identical_with_metadata_thumbnail_captions_and_playlist()
    {
        var result = await harness.PublishAsync();

        var video = Assert.Single(server.Videos.Values);
        Assert.Equal(result.VideoId, video.Id);
        Assert.Equal(FilmSha256, video.Sha256);
        Assert.Equal("video/mp4", video.ContentType);
        Assert.Equal("The Test Film — official", video.Title);
        Assert.Equal(["fantasy", "short film", "ai"], video.Resource["snippet"]!["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("1", video.Resource["snippet"]!["categoryId"]!.GetValue<string>());
        Assert.Equal("en", video.Resource["snippet"]!["defaultLanguage"]!.GetValue<string>());
        Assert.Equal("unlisted", video.Status["privacyStatus"]!.GetValue<string>());
        Assert.True(video.Status["containsSyntheticMedia"]!.GetValue<bool>());
        Assert.False(video.Status["selfDeclaredMadeForKids"]!.GetValue<bool>());
        Assert.Equal("youtube", video.Status["license"]!.GetValue<string>());
        Assert.NotNull(video.Thumbnail);
        Assert.Equal("image/jpeg", video.ThumbnailType);
        var caption = Assert.Single(server.Captions.Values);
        Assert.Equal(("en", video.Id), (caption.Language, caption.VideoId));
        Assert.Contains("Hello.", caption.Text);
        var playlist = Assert.Single(server.Playlists.Values);
        Assert.Equal("Short Films", playlist.Title);
        Assert.Equal([video.Id], playlist.VideoIds);

        // Four chunks for 3 x 256 KiB + a bit, none resent; the ledger says done.
        Assert.Equal(4, server.Count(RequestKind.Chunk));
        var record = new PublishLedgerFile(project.Root).Load().For("youtube")!;
        Assert.Equal((video.Id, (UploadSessionRecord?)null, FilmSha256), (record.VideoId, record.Upload, record.Film.Sha256));
        Assert.True(harness.Progress[^1].Fraction == 1);
    }

    [Fact]
    public async Task A_50_MB_upload_survives_drops_5xx_partial_chunks_and_a_token_expiry_resending_at_most_one_chunk_per_fault()
    {
        const int chunk = 1024 * 1024;
        var film = project.WriteFilm(50 * 1000 * 1000, seed: 7);
        harness.Transport = harness.Transport with { ChunkBytes = chunk };
        server.On(RequestKind.Chunk, 2, new FakeFault.DropConnection(100_000))
              .On(RequestKind.Chunk, 4, new FakeFault.Status(503))
              .On(RequestKind.Chunk, 5, new FakeFault.Status(500))
              .On(RequestKind.Chunk, 7, new FakeFault.KeepOnly(1000))
              .On(RequestKind.Chunk, 9, new FakeFault.ExpireAccessTokens())
              .On(RequestKind.StatusQuery, 2, new FakeFault.Status(503))
              .On(RequestKind.Chunk, 11, new FakeFault.DropConnection(0))
              .On(RequestKind.Chunk, 30, new FakeFault.DropConnection(700_000))
              .On(RequestKind.Chunk, 48, new FakeFault.Status(502));

        await harness.PublishAsync();

        var video = Assert.Single(server.Videos.Values);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(film)), video.Sha256);
        var ideal = (film.Length + chunk - 1) / chunk;
        const int chunkFaults = 8;
        Assert.InRange(server.Count(RequestKind.Chunk), ideal, ideal + chunkFaults);
        Assert.Equal(1, server.Count(RequestKind.SessionStart));
        // After every failure the client asked before sending again (never assumed a chunk arrived).
        Assert.True(server.Count(RequestKind.StatusQuery) >= 4);
        Assert.Contains(harness.Log, l => l.Contains("retry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_killed_mid_upload_resumes_the_same_session_from_the_ledger()
    {
        project.WriteFilm(10 * 256 * 1024, seed: 3);
        using var kill = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            harness.PublishAsync(cancellation: kill.Token, onProgress: p =>
            {
                if (p.ConfirmedBytes >= 4 * 256 * 1024)
                {
                    kill.Cancel();
                }
            }));
        var halfway = new PublishLedgerFile(project.Root).Load().For("youtube")!;
        Assert.NotNull(halfway.Upload);
        Assert.Null(halfway.VideoId);
        Assert.True(halfway.Upload!.ConfirmedBytes >= 4 * 256 * 1024);
        var chunksBefore = server.Count(RequestKind.Chunk);

        var result = await new PublishHarness(server, project) { Transport = harness.Transport }.PublishAsync();

        Assert.Equal(1, server.Count(RequestKind.SessionStart));
        Assert.Single(server.Videos);
        Assert.Equal(FilmSha256, server.Videos[result.VideoId].Sha256);
        Assert.Equal(10, server.Count(RequestKind.Chunk));
        Assert.True(chunksBefore >= 4);
        Assert.Equal(1, server.Count(RequestKind.StatusQuery));
    }

    [Fact]
    public async Task A_lost_final_answer_is_recovered_by_the_status_query_without_a_second_video()
    {
        server.On(RequestKind.Chunk, 4, new FakeFault.LoseAnswer());

        var result = await harness.PublishAsync();

        Assert.Equal(4, server.Count(RequestKind.Chunk));
        Assert.Equal(1, server.Count(RequestKind.StatusQuery));
        Assert.Equal(server.Videos.Values.Single().Id, result.VideoId);
    }

    [Fact]
    public async Task A_stalled_request_times_out_and_the_chunk_is_sent_again()
    {
        server.On(RequestKind.Chunk, 2, new FakeFault.Slow(TimeSpan.FromSeconds(5)));
        harness.Transport = harness.Transport with { AttemptTimeout = TimeSpan.FromMilliseconds(500) };

        await harness.PublishAsync();

        Assert.Equal(FilmSha256, server.Videos.Values.Single().Sha256);
        Assert.Equal(5, server.Count(RequestKind.Chunk));
        Assert.Equal(1, server.Count(RequestKind.StatusQuery));
    }

    [Fact]
    public async Task Republishing_the_same_film_sends_no_bytes_and_only_changed_metadata()
    {
        var first = await harness.PublishAsync();
        var chunks = server.Count(RequestKind.Chunk);

        var again = await harness.PublishAsync();
        Assert.Equal(first.VideoId, again.VideoId);
        Assert.Equal(chunks, server.Count(RequestKind.Chunk));
        Assert.Equal(0, server.Count(RequestKind.VideosUpdate));
        Assert.Equal(1, server.Count(RequestKind.Thumbnail));
        Assert.Equal(1, server.Count(RequestKind.Caption));
        Assert.Equal(1, server.Count(RequestKind.PlaylistItemsInsert));
        Assert.Equal(0L, again.UploadedBytes);

        project.WritePromo("A New Title", "Watch it.", "fantasy");
        await harness.PublishAsync();
        Assert.Single(server.Videos);
        Assert.Equal(chunks, server.Count(RequestKind.Chunk));
        Assert.Equal(1, server.Count(RequestKind.VideosUpdate));
        Assert.Equal("A New Title", server.Videos[first.VideoId].Title);
    }

    [Fact]
    public async Task A_changed_film_is_refused_without_replace_and_becomes_a_new_video_with_it()
    {
        var first = await harness.PublishAsync();
        project.WriteFilm(2 * 256 * 1024, seed: 99);

        var refused = harness.Prepare();
        Assert.False(refused.Ok);
        Assert.Contains("--replace", Assert.Single(refused.Problems));
        Assert.Contains(first.VideoId, refused.Problems[0]);

        var second = await harness.PublishAsync(new PublishRequest(project.FilmPath, project.Artifacts) { Replace = true });
        Assert.NotEqual(first.VideoId, second.VideoId);
        Assert.Equal(2, server.Videos.Count);
        var record = new PublishLedgerFile(project.Root).Load().For("youtube")!;
        Assert.Equal([first.VideoId], record.ReplacedVideoIds);
    }

    [Fact]
    public async Task Quota_exceeded_is_not_retried_and_explained_and_the_next_run_continues()
    {
        server.On(RequestKind.Chunk, 2, new FakeFault.Status(403, "quotaExceeded"));

        var error = await Assert.ThrowsAsync<PublishException>(() => harness.PublishAsync());

        Assert.Contains("quota", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("midnight Pacific", error.Message);
        Assert.Equal(2, server.Count(RequestKind.Chunk));
        Assert.Empty(server.Videos);

        await harness.PublishAsync();
        Assert.Single(server.Videos);
        Assert.Equal(1, server.Count(RequestKind.SessionStart));
        Assert.Equal(FilmSha256, server.Videos.Values.Single().Sha256);
    }

    [Theory]
    [InlineData("uploadLimitExceeded", "upload limit")]
    [InlineData("forbidden", "account")]
    public async Task Permission_errors_on_session_start_are_final_and_explained(string reason, string explanation)
    {
        server.On(RequestKind.SessionStart, 1, new FakeFault.Status(403, reason));
        var error = await Assert.ThrowsAsync<PublishException>(() => harness.PublishAsync());
        Assert.Contains(reason, error.Message);
        Assert.Contains(explanation, error.Message);
        Assert.Equal(1, server.Count(RequestKind.SessionStart));
    }

    [Fact]
    public async Task An_expired_access_token_is_refreshed_silently()
    {
        server.ExpireAccessTokens();
        var tokensBefore = server.Count(RequestKind.Token);

        await harness.PublishAsync();

        Assert.Single(server.Videos);
        Assert.True(server.Count(RequestKind.Token) > tokensBefore);
    }

    [Fact]
    public async Task A_revoked_grant_tells_the_user_to_sign_in_again()
    {
        server.RevokeGrant();
        var error = await Assert.ThrowsAsync<PublishException>(() => harness.PublishAsync());
        Assert.Contains("legacypress auth youtube", error.Message);
        Assert.Empty(server.Videos);
    }

    [Fact]
    public async Task Scheduled_publish_sends_private_with_publish_at()
    {
        project.WriteYaml("""
            publish:
              youtube:
                publish_at: 2030-12-12T18:00:00+01:00
                synthetic_media: false
                made_for_kids: true
                license: creative-commons
            """);
        await harness.PublishAsync();
        var status = server.Videos.Values.Single().Status;
        Assert.Equal("private", status["privacyStatus"]!.GetValue<string>());
        Assert.Equal("2030-12-12T17:00:00Z", status["publishAt"]!.GetValue<string>());
        Assert.False(status["containsSyntheticMedia"]!.GetValue<bool>());
        Assert.True(status["selfDeclaredMadeForKids"]!.GetValue<bool>());
        Assert.Equal("creativeCommon", status["license"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_existing_playlist_is_found_by_title_across_pages()
    {
        server.AddPlaylist("Other 1");
        server.AddPlaylist("Other 2");
        var existing = server.AddPlaylist("Short Films");

        await harness.PublishAsync();

        Assert.Equal(3, server.Playlists.Count);
        Assert.Single(server.Playlists[existing.Id].VideoIds);
        Assert.Equal(0, server.Count(RequestKind.PlaylistsInsert));
    }

    [Fact]
    public async Task No_token_or_secret_appears_in_the_log_or_the_ledger()
    {
        server.On(RequestKind.Chunk, 2, new FakeFault.DropConnection(10));
        server.ExpireAccessTokens();
        await harness.PublishAsync();

        var visible = string.Join("\n", harness.Log) + File.ReadAllText(project.LedgerPath);
        foreach (var secret in server.IssuedSecrets)
        {
            Assert.DoesNotContain(secret, visible);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_token_file_is_private_to_the_user()
    {
        var mode = File.GetUnixFileMode(harness.Authorization.TokenPath);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        using var doc = JsonDocument.Parse(File.ReadAllText(harness.Authorization.TokenPath));
        Assert.True(doc.RootElement.TryGetProperty("refresh_token", out _));
    }
}
