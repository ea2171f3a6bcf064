using LegacyPress.Publish.Ledger;
using LegacyPress.Publish.Tests.Fakes;

namespace LegacyPress.Publish.Tests;

/// <summary>
/// Everything around the upload under the faults that used to duplicate or lose things: creates whose answer is lost,
/// a token endpoint storm, a refused thumbnail, retries running out. Each asserts on what the fake YouTube holds.
/// </summary>
public sealed class PublishFaultTests : IAsyncLifetime, IDisposable
{
    private readonly TestProject project = new("""
        publish:
          youtube:
            privacy: unlisted
            playlist: Short Films
            captions: [en, de]
        """);

    private FakeYouTubeServer server = null!;
    private PublishHarness harness = null!;

    private SignedInYouTube youTube = null!;

    public async Task InitializeAsync()
    {
        youTube = await SignedInYouTube.StartAsync(project, captionLanguages: ["en", "de"]);
        (server, harness) = (youTube.Server, youTube.Harness);
    }

    public async Task DisposeAsync() => await youTube.DisposeAsync();

    public void Dispose() => project.Dispose();

    private PlatformRecord Ledger => new PublishLedgerFile(project.Root).Load().For("youtube")!;

    /// <summary>One video, one track per language, one playlist holding the video once, and a ledger that agrees.</summary>
    private void AssertExactlyOneOfEverything()
    {
        var video = Assert.Single(server.Videos.Values);
        Assert.Equal(["de", "en"], server.Captions.Values.Where(c => c.VideoId == video.Id).Select(c => c.Language).Order());
        var playlist = Assert.Single(server.Playlists.Values);
        Assert.Equal([video.Id], playlist.VideoIds);
        var record = Ledger;
        Assert.Equal(video.Id, record.VideoId);
        Assert.Equal(server.Captions.Keys.Order(), record.Captions.Select(c => c.CaptionId).Order());
        Assert.Equal((playlist.Id, playlist.ItemIds.Single()), (record.Playlist!.PlaylistId, record.Playlist.ItemId!));
        Assert.Empty(record.Pending);
    }

    public static TheoryData<RequestKind, string> LostAnswers => new()
    {
        { RequestKind.Caption, "reset" },
        { RequestKind.Caption, "503" },
        { RequestKind.PlaylistsInsert, "reset" },
        { RequestKind.PlaylistsInsert, "503" },
        { RequestKind.PlaylistItemsInsert, "reset" },
        { RequestKind.PlaylistItemsInsert, "503" },
    };

    [Theory]
    [MemberData(nameof(LostAnswers))]
    public async Task A_create_that_succeeded_but_whose_answer_was_lost_is_looked_up_not_sent_again(RequestKind create, string how)
    {
        server.On(create, 1, how == "reset" ? new FakeFault.LoseAnswer() : new FakeFault.SucceedThenStatus(503));

        var result = await harness.PublishAsync();

        AssertExactlyOneOfEverything();
        Assert.Empty(result.Warnings);
        // The lost one was adopted after one lookup; nothing was created twice.
        Assert.Equal(create == RequestKind.Caption ? 2 : 1, server.Count(create));
        var lookup = create switch
        {
            RequestKind.Caption => RequestKind.CaptionsList,
            RequestKind.PlaylistsInsert => RequestKind.PlaylistsList,
            _ => RequestKind.PlaylistItemsList,
        };
        Assert.True(server.Count(lookup) >= 1);
    }

    [Fact]
    public async Task A_create_left_pending_by_a_run_that_died_is_looked_up_first_by_the_next_run()
    {
        // The first en track is created but its answer is lost, and the lookup that would find it is refused: the run
        // ends without knowing, as one killed at that moment would, and the ledger keeps the intent.
        server.On(RequestKind.Caption, 1, new FakeFault.LoseAnswer())
              .On(RequestKind.CaptionsList, 1, new FakeFault.Status(400, "invalidValue"));
        var first = await harness.PublishAsync();
        Assert.Single(first.Warnings);
        Assert.Equal(2, server.Captions.Count);
        Assert.Single(Ledger.Pending);

        // The film-maker fixes a typo before running again.
        project.WriteCaptions("en", "1\n00:00:00,000 --> 00:00:02,000\nHello again.\n");
        var lists = server.Count(RequestKind.CaptionsList);
        await new PublishHarness(server, project) { Transport = harness.Transport }.PublishAsync();

        AssertExactlyOneOfEverything();
        Assert.Equal(lists + 1, server.Count(RequestKind.CaptionsList));
        // Adopted, then replaced with the file as it is now (what the unfinished run sent is not known): an update, no insert.
        Assert.Equal(3, server.Count(RequestKind.Caption));
        Assert.Contains("Hello again.", server.Captions.Values.Single(c => c.Language == "en").Text);
    }

    [Fact]
    public async Task A_token_endpoint_storm_keeps_the_sign_in_and_ends_with_try_later()
    {
        server.ExpireAccessTokens();
        server.OnEach(RequestKind.Token, from: 2, count: 100, new FakeFault.Status(429, "rate_limit_exceeded"));
        var grant = harness.Authorization.TokenPath;

        var error = await Assert.ThrowsAsync<PublishException>(() => harness.PublishAsync());

        Assert.Equal(PublishFailureKind.TryLater, error.Kind);
        Assert.Contains("sign-in service is busy", error.Message);
        Assert.Contains("still signed in", error.Message);
        Assert.True(File.Exists(grant), "the grant survives a busy token endpoint");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(grant));
        }
        Assert.Empty(server.Videos);
    }

    [Fact]
    public async Task A_short_token_endpoint_storm_is_retried_and_the_run_succeeds_with_the_grant_kept()
    {
        server.ExpireAccessTokens();
        server.OnEach(RequestKind.Token, from: 2, count: 3, new FakeFault.Status(503));

        await harness.PublishAsync();

        AssertExactlyOneOfEverything();
        Assert.True(File.Exists(harness.Authorization.TokenPath));
    }

    [Fact]
    public async Task A_refused_thumbnail_is_a_warning_with_YouTubes_reason_the_rest_still_goes_and_a_rerun_sends_only_it()
    {
        const string youTubeSays = "The authenticated user doesn't have permissions to upload and set custom video thumbnails.";
        server.On(RequestKind.Thumbnail, 1, new FakeFault.Status(403, "forbidden", youTubeSays));

        var result = await harness.PublishAsync();

        AssertExactlyOneOfEverything();
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("setting the thumbnail failed (403 forbidden)", warning);
        Assert.Contains("https://www.youtube.com/verify", warning);
        Assert.Contains(youTubeSays, warning);
        Assert.Contains(result.Steps, s => s is { Name: "thumbnail", Outcome: "refused" });
        Assert.Null(server.Videos.Values.Single().Thumbnail);
        Assert.Null(Ledger.ThumbnailSha256);

        var captions = server.Count(RequestKind.Caption);
        var again = await new PublishHarness(server, project) { Transport = harness.Transport }.PublishAsync();

        Assert.Empty(again.Warnings);
        Assert.NotNull(server.Videos.Values.Single().Thumbnail);
        Assert.Equal(captions, server.Count(RequestKind.Caption));
        Assert.Equal(1, server.Count(RequestKind.PlaylistItemsInsert));
        Assert.Equal(2, server.Count(RequestKind.Thumbnail));
        AssertExactlyOneOfEverything();
    }

    [Fact]
    public async Task Retries_running_out_on_the_upload_is_a_clear_try_later_and_no_video()
    {
        server.OnEach(RequestKind.SessionStart, from: 1, count: 100, new FakeFault.Status(503));

        var error = await Assert.ThrowsAsync<PublishException>(() => harness.PublishAsync());

        Assert.Equal(PublishFailureKind.TryLater, error.Kind);
        Assert.StartsWith("starting the upload kept failing (HTTP 503 backendError; 7 attempts", error.Message);
        Assert.Contains("nothing was lost", error.Message);
        Assert.Empty(server.Videos);
    }

    [Fact]
    public async Task A_replacement_upload_session_that_expires_too_is_a_clear_try_later()
    {
        server.On(RequestKind.Chunk, 1, new FakeFault.Status(404, "notFound"))
              .On(RequestKind.Chunk, 2, new FakeFault.Status(404, "notFound"));

        var error = await Assert.ThrowsAsync<PublishException>(() => harness.PublishAsync());

        Assert.Equal(PublishFailureKind.TryLater, error.Kind);
        Assert.Contains("ended the upload session twice", error.Message);
        Assert.Equal(2, server.Count(RequestKind.SessionStart));
        Assert.Empty(server.Videos);
    }

    [Fact]
    public void The_ledger_lock_admits_one_run_and_names_the_holder()
    {
        using (PublishLedgerLock.Acquire(project.Root))
        {
            var refused = Assert.Throws<PublishException>(() => PublishLedgerLock.Acquire(project.Root));
            Assert.Equal(PublishFailureKind.TryLater, refused.Kind);
            Assert.Contains($"another publish of this project is running (pid {Environment.ProcessId} on", refused.Message);
        }
        using (PublishLedgerLock.Acquire(project.Root))
        {
            // Released with its holder.
        }
    }
}
