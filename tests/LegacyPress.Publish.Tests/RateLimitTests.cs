using System.Security.Cryptography;
using LegacyPress.Publish.Tests.Fakes;

namespace LegacyPress.Publish.Tests;

/// <summary>Tests that measure elapsed time run alone, so a busy machine running other tests does not skew them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}

/// <summary>
/// <c>--rate-limit</c> against the fake YouTube on loopback, measured where the bytes arrive: the server's clock, not
/// the client's, so a client that sent fast and then slept would be caught.
/// </summary>
[Collection(TimingCollection.Name)]
[Trait("Category", "Timing")]
public sealed class RateLimitTests : IAsyncLifetime, IDisposable
{
    private const int Limit = 500_000;
    private readonly TestProject project = new("publish: { youtube: { privacy: unlisted } }");
    private FakeYouTubeServer server = null!;

    public async Task InitializeAsync() => server = await FakeYouTubeServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task A_rate_limited_upload_arrives_at_the_limit_during_each_chunk_not_in_bursts()
    {
        var film = project.WriteFilm(5_000_000, seed: 11);
        var harness = new PublishHarness(server, project);
        harness.Transport = harness.Transport with { ChunkBytes = 1024 * 1024, RateLimitBytesPerSecond = Limit };
        await harness.SignInAsync();

        await harness.PublishAsync();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(film)), Assert.Single(server.Videos.Values).Sha256);
        var arrivals = server.ChunkArrivals.ToList();
        Assert.Equal(5, arrivals.Count);
        // Overall: ten seconds of film at the limit; a loaded box can only make it slower, so 20% either way is room enough.
        var overall = arrivals.Sum(a => a.Bytes) / (arrivals[^1].Finished - arrivals[0].Started).TotalSeconds;
        Assert.InRange(overall, 0.8 * Limit, 1.2 * Limit);
        // Each chunk: at most the small burst ahead of the limit. The old pacing sent a chunk at full speed (~60 MB/s) and then slept.
        Assert.All(arrivals, a => Assert.True(
            a.Bytes / (a.Finished - a.Started).TotalSeconds <= 1.5 * Limit,
            $"a chunk of {a.Bytes:N0} bytes arrived in {(a.Finished - a.Started).TotalSeconds:0.000} s"));
    }
}
