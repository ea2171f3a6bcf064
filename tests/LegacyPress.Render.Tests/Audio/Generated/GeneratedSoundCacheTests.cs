using System.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Generated;
using LegacyPress.Render.Tests.Audio.Speech;
using LegacyPress.TestSupport.Fakes;

namespace LegacyPress.Render.Tests.Audio.Generated;

/// <summary>Takes kept under the project's cache: made once, never requested (or billed) again, and never left half-written.</summary>
public sealed class GeneratedSoundCacheTests : IAsyncLifetime
{
    private readonly TempFolder project = new();
    private readonly HttpClient http = new();
    private FakeElevenLabsServer server = null!;
    private GeneratedSoundCache cache = null!;

    public async Task InitializeAsync()
    {
        server = await FakeElevenLabsServer.StartAsync();
        cache = Cache();
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
        project.Dispose();
    }

    private ProjectInfo Project => new(project.Path, Path.Combine(project.Path, "film.yaml"), 1);

    private GeneratedSoundCache Cache(int maxAttempts = 5) => GeneratedSoundCache.ForProject(Project, Sounds.Engine(http, server, maxAttempts: maxAttempts));

    [Fact]
    public async Task A_take_is_stored_under_the_project_cache_by_hash()
    {
        var take = await cache.GetOrGenerateAsync(Sounds.Of(), 1, CancellationToken.None);

        Assert.False(take.FromCache);
        Assert.Equal(1, take.Take);
        Assert.Equal(Path.Combine(project.Path, ".legacypress", "cache", "sounds"), Path.GetDirectoryName(take.FilePath));
        Assert.Matches("^[0-9a-f]{64}\\.mp3$", Path.GetFileName(take.FilePath));
        Assert.Equal(take.FilePath, cache.Find(Sounds.Of()));
    }

    [Fact]
    public async Task A_cached_take_makes_no_request_on_a_second_run()
    {
        var first = await cache.GetOrGenerateAsync(Sounds.Of(), 1, CancellationToken.None);
        // A later run: a new cache over the same folder, and the sound read again from film.yaml (another location).
        var again = await Cache().GetOrGenerateAsync(Sounds.Of() with { Location = new("film.yaml", 30, 5) }, 1, CancellationToken.None);

        Assert.True(again.FromCache);
        Assert.Equal(first.FilePath, again.FilePath);
        Assert.Single(server.Requests);
    }

    public static TheoryData<string, GeneratedSound> Changes => new()
    {
        { "text", Sounds.Of(text: "heavy brass gears grinding, fast") },
        { "duration", Sounds.Of(seconds: 3.5) },
        { "prompt influence", Sounds.Of(promptInfluence: 0.8) },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_changed_parameter_makes_one_new_request(string changed, GeneratedSound sound)
    {
        await cache.GetOrGenerateAsync(Sounds.Of(), 1, CancellationToken.None);

        var made = await cache.GetOrGenerateAsync(sound, 1, CancellationToken.None);

        Assert.False(made.FromCache, changed);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(sound.Text, (string?)server.Requests[1].Json["text"]);
        Assert.Equal(sound.DurationSeconds, (double?)server.Requests[1].Json["duration_seconds"]);
        Assert.Equal(sound.PromptInfluence, (double?)server.Requests[1].Json["prompt_influence"]);
    }

    [Fact]
    public async Task Take_k_of_n_is_its_own_file_and_choosing_it_requests_nothing()
    {
        var takes = new List<CachedSound>();
        for (var take = 1; take <= 3; take++)
        {
            takes.Add(await cache.GetOrGenerateAsync(Sounds.Of(), take, CancellationToken.None));
        }

        var chosen = Sounds.Of(take: 2);
        var found = cache.Find(chosen);
        var played = await cache.GetOrGenerateAsync(chosen, chosen.Take, CancellationToken.None);

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(3, takes.Select(t => t.FilePath).Distinct().Count());
        Assert.Equal(3, takes.Select(t => Convert.ToHexString(File.ReadAllBytes(t.FilePath))).Distinct().Count());
        Assert.Equal(takes[1].FilePath, found);
        Assert.True(played.FromCache);
        Assert.Equal(takes[1].FilePath, played.FilePath);
        Assert.Null(cache.Find(Sounds.Of(take: 4)));
    }

    [Fact]
    public async Task A_request_cancelled_mid_answer_leaves_no_file_in_the_cache()
    {
        server.Enqueue(new FakeResponse.StallMidResponse());
        using var cancel = new CancellationTokenSource();

        var making = cache.GetOrGenerateAsync(Sounds.Of(), 1, cancel.Token);
        // Wait until part of the take is on disk under its temporary name, then stop, as Ctrl+C would.
        await WaitForAsync(() => Directory.Exists(cache.Directory) && Directory.GetFiles(cache.Directory).Any(f => new FileInfo(f).Length > 0));
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => making);
        Assert.Empty(Directory.GetFiles(cache.Directory));
        Assert.Null(cache.Find(Sounds.Of()));
    }

    [Fact]
    public async Task A_connection_dropped_for_good_leaves_no_file_in_the_cache()
    {
        server.Enqueue(new FakeResponse.DropMidResponse());

        var error = await Assert.ThrowsAsync<SoundGenerationException>(() => Cache(maxAttempts: 1).GetOrGenerateAsync(Sounds.Of(), 1, CancellationToken.None));

        Assert.Contains("after 1 attempt", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(cache.Directory));
    }

    [Fact]
    public async Task What_a_killed_run_left_is_removed_when_the_take_is_made()
    {
        // A run killed mid-download leaves its temporary file; the process that wrote it is gone.
        using var gone = Process.Start(new ProcessStartInfo("true"))!;
        await gone.WaitForExitAsync();
        var final = cache.PathFor(Sounds.Of(), 1);
        Directory.CreateDirectory(cache.Directory);
        var leftover = $"{final}.partial-{gone.Id}-0a1b2c3d.mp3";
        await File.WriteAllBytesAsync(leftover, new byte[1000]);
        Assert.Null(cache.Find(Sounds.Of()));

        await cache.GetOrGenerateAsync(Sounds.Of(), 1, CancellationToken.None);

        Assert.Equal([final], Directory.GetFiles(cache.Directory));
    }

    [Fact]
    public async Task The_same_take_asked_for_at_once_is_made_once()
    {
        var all = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => cache.GetOrGenerateAsync(Sounds.Of(), 1, CancellationToken.None)));

        Assert.Single(server.Requests);
        Assert.Single(all.Select(t => t.FilePath).Distinct());
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "timed out waiting");
            await Task.Delay(20);
        }
    }
}
