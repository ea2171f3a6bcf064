using System.Diagnostics;
using System.Security.Cryptography;
using LegacyPress.Publish.Ledger;
using LegacyPress.Publish.Tests.Fakes;
using LegacyPress.Publish.YouTube;
using LegacyPress.TestSupport;

namespace LegacyPress.Publish.Tests;

/// <summary>
/// The real <c>legacypress publish</c> executable against the fake YouTube: killed (SIGKILL, no chance to clean up)
/// in the middle of an upload, then started again, it resumes the same session from the ledger.
/// </summary>
public sealed class PublishProcessTests : IAsyncLifetime, IDisposable
{
    private const int Chunk = 256 * 1024;
    private const int FilmBytes = 12 * Chunk;

    private readonly TestProject project = new("""
        publish:
          youtube:
            privacy: unlisted
        """, filmBytes: FilmBytes, seed: 7);

    private FakeYouTubeServer server = null!;
    private PublishCli cli = null!;

    private SignedInYouTube youTube = null!;

    public async Task InitializeAsync()
    {
        youTube = await SignedInYouTube.StartAsync(project);
        (server, cli) = (youTube.Server, youTube.Cli);
    }

    public async Task DisposeAsync() => await youTube.DisposeAsync();

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task A_killed_publish_process_resumes_the_same_session_from_the_ledger()
    {
        // Slowed to 0.4 MB/s in 256 KiB chunks so there is a moment to kill it with part of the film confirmed.
        using (var first = Start("--rate-limit", "0.4"))
        {
            var confirmed = await WaitForConfirmedBytesAsync(first, atLeast: 3 * Chunk, TimeSpan.FromSeconds(60));
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
            Assert.InRange(confirmed, 3 * Chunk, FilmBytes - Chunk);
        }
        var halfway = new PublishLedgerFile(project.Root).Load().For("youtube")!;
        Assert.Null(halfway.VideoId);
        Assert.Empty(server.Videos);
        var chunksBeforeKill = server.Count(RequestKind.Chunk);

        using var second = Start();
        var output = await second.StandardOutput.ReadToEndAsync();
        var errors = await second.StandardError.ReadToEndAsync();
        await second.WaitForExitAsync();

        Assert.True(second.ExitCode == 0, $"exit {second.ExitCode}\n{output}\n{errors}");
        Assert.Equal(1, server.Count(RequestKind.SessionStart));
        var video = Assert.Single(server.Videos).Value;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(project.FilmPath))), video.Sha256);
        Assert.True(server.Count(RequestKind.StatusQuery) >= 1, "the second run asks the session where it stands");
        // Resumed, not restarted: at most the chunk in flight at the kill is sent again.
        Assert.InRange(server.Count(RequestKind.Chunk), FilmBytes / Chunk, FilmBytes / Chunk + 1);
        Assert.True(chunksBeforeKill >= 3);
        Assert.Equal(video.Id, new PublishLedgerFile(project.Root).Load().For("youtube")!.VideoId);
        Assert.DoesNotContain(FakeYouTubeServer.ClientSecret, output + errors, StringComparison.Ordinal);
    }

    private Process Start(params string[] extra) => cli.Start(extra);

    private Task<long> WaitForConfirmedBytesAsync(Process process, long atLeast, TimeSpan timeout) => cli.WaitForConfirmedBytesAsync(process, atLeast, timeout);
}
