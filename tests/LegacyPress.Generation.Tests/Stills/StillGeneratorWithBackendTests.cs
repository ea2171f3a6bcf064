using LegacyPress.Generation.Images;
using LegacyPress.Generation.Stills;
using LegacyPress.Generation.Tests.Fakes;
using LegacyPress.TestSupport.Fakes.Images;
using static LegacyPress.Generation.Tests.Images.BackendTestSupport;

namespace LegacyPress.Generation.Tests.Stills;

/// <summary>The generate run through a real backend talking HTTP to its fake: what the cache saves and what a killed run leaves.</summary>
public sealed class StillGeneratorWithBackendTests() : FakeServiceTests<FakeStabilityServer>(() => FakeStabilityServer.StartAsync())
{
    private IImageBackend Backend() => ImageBackends.Create(Options("stability", Server.BaseUrl, Server.ApiKey), Http);

    [Fact]
    public async Task A_shot_already_in_the_cache_sends_no_request()
    {
        var cache = GeneratedStillCache.ForProject(Folder.Path);
        var shot = new ShotToGenerate(Request(width: 1024, height: 576), 2, null);
        var first = await new StillGenerator(Backend(), cache).RunAsync([shot], null, default);
        Assert.Equal(2, Server.Requests.Count);

        var again = new StillGenerator(Backend(), cache);
        var second = await again.RunAsync([shot], null, default);

        Assert.Equal(0, again.Requests);
        Assert.Equal(2, Server.Requests.Count);
        Assert.All(second[0].Candidates, c => Assert.True(c.FromCache));
        Assert.Equal(first[0].Candidates.Select(c => c.Path).Order(), second[0].Candidates.Select(c => c.Path).Order());
        Assert.Equal(["4242", "4243"], Server.Requests.Select(r => r.Fields["seed"]));
    }

    [Fact]
    public async Task A_run_killed_mid_request_leaves_no_partial_picture()
    {
        var cache = GeneratedStillCache.ForProject(Folder.Path);
        Server.Enqueue(new FakeFault.Slow(TimeSpan.FromMinutes(2)));
        using var kill = new CancellationTokenSource();
        var run = new StillGenerator(Backend(), cache).RunAsync([new ShotToGenerate(Request(width: 1024, height: 576), 1, null)], null, kill.Token);
        while (Server.Requests.Count == 0)
        {
            await Task.Delay(10);
        }

        await kill.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        // Neither a picture nor a temporary file of one (TemporaryFiles' ".partial-" names).
        Assert.Empty(Directory.Exists(cache.Directory) ? Directory.GetFiles(cache.Directory) : []);
    }
}
