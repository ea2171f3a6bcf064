using LegacyPress.Publish.Tests.Fakes;

namespace LegacyPress.Publish.Tests;

/// <summary>
/// Two real <c>legacypress publish</c> processes on one project (two terminals, or Cake and a shell): the second is
/// turned away by the ledger lock while the first uploads, and YouTube ends up with one of everything.
/// </summary>
public sealed class ConcurrentPublishTests : IAsyncLifetime, IDisposable
{
    private const int Chunk = 256 * 1024;

    private readonly TestProject project = new("""
        publish:
          youtube:
            privacy: unlisted
            playlist: Short Films
            captions: [en]
        """, filmBytes: 12 * Chunk, seed: 11);

    private FakeYouTubeServer server = null!;
    private PublishCli cli = null!;

    private SignedInYouTube youTube = null!;

    public async Task InitializeAsync()
    {
        youTube = await SignedInYouTube.StartAsync(project, captionLanguages: "en");
        (server, cli) = (youTube.Server, youTube.Cli);
    }

    public async Task DisposeAsync() => await youTube.DisposeAsync();

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task A_second_publish_while_one_runs_is_turned_away_with_the_holders_pid_and_nothing_is_duplicated()
    {
        using var first = cli.Start("--rate-limit", "0.4");
        await cli.WaitForConfirmedBytesAsync(first, atLeast: Chunk, TimeSpan.FromSeconds(60));

        using var second = cli.Start();
        var (exit, _, errors) = await PublishCli.FinishAsync(second);
        Assert.True(exit == 75, $"exit {exit}: {errors}");
        Assert.Contains($"another publish of this project is running (pid {first.Id} on", errors);
        Assert.DoesNotContain("internal error", errors);

        var (firstExit, _, firstErrors) = await PublishCli.FinishAsync(first);
        Assert.True(firstExit == 0, $"exit {firstExit}: {firstErrors}");

        // Once the first is done the lock is free again, and a rerun finds everything published.
        using var third = cli.Start();
        var (thirdExit, _, thirdErrors) = await PublishCli.FinishAsync(third);
        Assert.True(thirdExit == 0, $"exit {thirdExit}: {thirdErrors}");

        var video = Assert.Single(server.Videos.Values);
        Assert.Equal(1, server.Count(RequestKind.SessionStart));
        Assert.Equal(video.Id, Assert.Single(server.Captions.Values).VideoId);
        Assert.Equal([video.Id], Assert.Single(server.Playlists.Values).VideoIds);
    }

    [Fact]
    public async Task A_refused_thumbnail_exits_published_with_warnings_and_says_why()
    {
        server.On(RequestKind.Thumbnail, 1, new FakeFault.Status(403, "forbidden",
            "The authenticated user doesn't have permissions to upload and set custom video thumbnails."));

        using var run = cli.Start();
        var (exit, _, errors) = await PublishCli.FinishAsync(run);

        Assert.True(exit == 3, $"exit {exit}: {errors}");
        Assert.Contains("warning: setting the thumbnail failed (403 forbidden)", errors);
        Assert.Contains("youtube.com/verify", errors);
        Assert.Single(server.Captions);
        Assert.Single(server.Playlists.Values.Single().VideoIds);
    }
}
