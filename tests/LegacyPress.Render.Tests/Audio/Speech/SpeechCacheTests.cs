using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.TestSupport.Fakes;

namespace LegacyPress.Render.Tests.Audio.Speech;

public sealed class SpeechCacheTests : IAsyncLifetime
{
    private const string Line = "Nobody had opened it since the winter he died.";

    private readonly TempFolder project = new();
    private readonly HttpClient http = new();
    private FakeElevenLabsServer server = null!;
    private SpeechCache cache = null!;

    public async Task InitializeAsync()
    {
        server = await FakeElevenLabsServer.StartAsync();
        var info = new ProjectInfo(project.Path, Path.Combine(project.Path, "film.yaml"), 1);
        cache = SpeechCache.ForProject(info, SpeechEngines.Create(http, Speech.OptionsFor(server)));
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
        project.Dispose();
    }

    [Fact]
    public async Task Speech_is_stored_under_the_project_cache_by_hash()
    {
        var speech = await cache.GetOrSynthesizeAsync(Speech.ElevenLabsVoice(), Line, CancellationToken.None);

        Assert.False(speech.FromCache);
        Assert.Equal(Path.Combine(project.Path, ".legacypress", "cache", "speech"), Path.GetDirectoryName(speech.FilePath));
        Assert.Matches("^[0-9a-f]{64}\\.mp3$", Path.GetFileName(speech.FilePath));
        Assert.True(await Speech.SecondsOf(speech.FilePath) > 1);
    }

    [Fact]
    public async Task Second_synthesis_of_the_same_line_makes_no_request()
    {
        var first = await cache.GetOrSynthesizeAsync(Speech.ElevenLabsVoice(), Line, CancellationToken.None);
        var second = await cache.GetOrSynthesizeAsync(Speech.ElevenLabsVoice(), Line, CancellationToken.None);

        Assert.Single(server.Requests);
        Assert.True(second.FromCache);
        Assert.Equal(first.FilePath, second.FilePath);
    }

    [Fact]
    public async Task A_fresh_cache_over_the_same_folder_still_hits()
    {
        await cache.GetOrSynthesizeAsync(Speech.ElevenLabsVoice(), Line, CancellationToken.None);
        var rerender = new SpeechCache(cache.Directory, SpeechEngines.Create(http, Speech.OptionsFor(server)));

        var again = await rerender.GetOrSynthesizeAsync(Speech.ElevenLabsVoice(), Line, CancellationToken.None);

        Assert.True(again.FromCache);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Changing_the_text_makes_one_request()
    {
        await cache.GetOrSynthesizeAsync(Speech.ElevenLabsVoice(), Line, CancellationToken.None);
        var changed = await cache.GetOrSynthesizeAsync(Speech.ElevenLabsVoice(), Line + " Not one of us.", CancellationToken.None);

        Assert.False(changed.FromCache);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(Line + " Not one of us.", (string?)server.Requests[1].Json["text"]);
    }

    [Fact]
    public async Task The_same_line_asked_for_at_once_is_synthesised_once()
    {
        var all = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => cache.GetOrSynthesizeAsync(Speech.ElevenLabsVoice(), Line, CancellationToken.None)));

        Assert.Single(server.Requests);
        Assert.Single(all.Select(s => s.FilePath).Distinct());
    }

    [Fact]
    public void The_key_covers_engine_voice_settings_and_text_but_not_settings_order()
    {
        var voice = new Voice("narrator", "elevenlabs", new Dictionary<string, string> { ["voice_id"] = "abc", ["stability"] = "0.5" });
        var reordered = new Voice("narrator", "elevenlabs", new Dictionary<string, string> { ["stability"] = "0.5", ["voice_id"] = "abc" });
        var key = SpeechCache.Key(voice, Line);

        Assert.Equal(key, SpeechCache.Key(reordered, Line));
        Assert.NotEqual(key, SpeechCache.Key(voice, Line + "!"));
        Assert.NotEqual(key, SpeechCache.Key(voice with { Id = "host" }, Line));
        Assert.NotEqual(key, SpeechCache.Key(voice with { Engine = "espeak" }, Line));
        Assert.NotEqual(key, SpeechCache.Key(voice with { Settings = new Dictionary<string, string> { ["voice_id"] = "abc", ["stability"] = "0.6" } }, Line));
        // Length-prefixed fields: moving characters between a setting and the text changes the key.
        Assert.NotEqual(
            SpeechCache.Key(voice with { Settings = new Dictionary<string, string> { ["a"] = "b\nc" } }, "d"),
            SpeechCache.Key(voice with { Settings = new Dictionary<string, string> { ["a"] = "b" } }, "c\nd"));
    }

    [Fact]
    public async Task A_failed_synthesis_leaves_nothing_in_the_cache()
    {
        server.Enqueue(Enumerable.Range(0, 5).Select(_ => FakeResponse.InternalServerError()).ToArray());

        await Assert.ThrowsAsync<SpeechSynthesisException>(() => cache.GetOrSynthesizeAsync(Speech.ElevenLabsVoice(), Line, CancellationToken.None));
        var retried = await cache.GetOrSynthesizeAsync(Speech.ElevenLabsVoice(), Line, CancellationToken.None);

        Assert.False(retried.FromCache);
        Assert.Equal(6, server.Requests.Count);
        Assert.Equal([retried.FilePath], Directory.GetFiles(cache.Directory));
    }
}
