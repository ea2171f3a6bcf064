using System.Diagnostics;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.TestSupport.Fakes;

namespace LegacyPress.Render.Tests.Audio.Speech;

public sealed class ElevenLabsSpeechEngineTests : IAsyncLifetime
{
    private const string Line = "My grandfather's workshop smelled of oil and old paper.";

    private readonly TempFolder folder = new();
    private readonly HttpClient http = new();
    private FakeElevenLabsServer server = null!;

    public async Task InitializeAsync() => server = await FakeElevenLabsServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
        folder.Dispose();
    }

    private ElevenLabsSpeechEngine Engine(string? apiKey = null, int maxAttempts = 5, TimeSpan? attemptTimeout = null) =>
        new(http, Speech.OptionsFor(server, apiKey, maxAttempts, attemptTimeout));

    [Fact]
    public async Task Success_writes_playable_mp3_and_sends_the_documented_request()
    {
        var voice = Speech.ElevenLabsVoice(("voice_id", "JBFqnCBsd6RMkjVDRZzb"), ("stability", "0.4"), ("similarity_boost", "0.8"), ("style", "0.1"));
        var output = folder.File("line.mp3");

        var audio = await Engine().SynthesizeAsync(voice, Line, output, CancellationToken.None);

        Assert.Equal(output, audio.FilePath);
        Assert.Equal("audio/mpeg", audio.MediaType);
        Assert.InRange(await Speech.SecondsOf(output), Line.Length * FakeElevenLabsServer.SecondsPerCharacter - 0.1, Line.Length * FakeElevenLabsServer.SecondsPerCharacter + 0.3);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/text-to-speech/JBFqnCBsd6RMkjVDRZzb", request.Path);
        Assert.Equal("mp3_44100_128", request.Query["output_format"]);
        Assert.True(request.KeyAccepted);
        Assert.Equal(FakeElevenLabsServer.RedactedKey, request.Headers[FakeElevenLabsServer.KeyHeader]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        var body = request.Json;
        Assert.Equal(Line, (string?)body["text"]);
        Assert.Equal("eleven_multilingual_v2", (string?)body["model_id"]);
        Assert.Equal(0.4, (double?)body["voice_settings"]!["stability"]);
        Assert.Equal(0.8, (double?)body["voice_settings"]!["similarity_boost"]);
        Assert.Equal(0.1, (double?)body["voice_settings"]!["style"]);
        Assert.Equal([output], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Voice_settings_are_left_out_when_the_voice_sets_none_and_model_is_configurable()
    {
        var voice = Speech.ElevenLabsVoice(("voice_id", "abc123"), ("model", "eleven_turbo_v2_5"));

        await Engine().SynthesizeAsync(voice, "Hello.", folder.File("hello.mp3"), CancellationToken.None);

        var body = Assert.Single(server.Requests).Json;
        Assert.Equal("eleven_turbo_v2_5", (string?)body["model_id"]);
        Assert.Null(body["voice_settings"]);
    }

    [Fact]
    public async Task Pcm_output_is_wrapped_as_a_wav_that_ffprobe_can_read()
    {
        var voice = Speech.ElevenLabsVoice(("voice_id", "abc123"), ("output_format", "pcm_22050"));
        var engine = Engine();
        Assert.Equal(".wav", engine.FileExtension(voice));
        var output = folder.File("line.wav");

        var audio = await engine.SynthesizeAsync(voice, Line, output, CancellationToken.None);

        Assert.Equal("audio/wav", audio.MediaType);
        Assert.Equal("pcm_22050", Assert.Single(server.Requests).Query["output_format"]);
        Assert.Equal(Line.Length * FakeElevenLabsServer.SecondsPerCharacter, await Speech.SecondsOf(output), precision: 2);
    }

    [Fact]
    public async Task Retries_on_429_and_5xx_then_succeeds()
    {
        server.Enqueue(FakeResponse.TooManyRequests(), FakeResponse.InternalServerError(), FakeResponse.ServiceUnavailable());
        var output = folder.File("line.mp3");

        await Engine().SynthesizeAsync(Speech.ElevenLabsVoice(), Line, output, CancellationToken.None);

        Assert.Equal(4, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal(Line, (string?)r.Json["text"]));
        Assert.True(await Speech.SecondsOf(output) > 1);
    }

    [Fact]
    public async Task Retry_after_from_a_429_is_respected()
    {
        server.Enqueue(FakeResponse.TooManyRequests(retryAfterSeconds: "1"));
        var clock = Stopwatch.StartNew();

        await Engine().SynthesizeAsync(Speech.ElevenLabsVoice(), "Wait for it.", folder.File("line.mp3"), CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        // The configured backoff is 5 ms; only Retry-After explains a wait of a second.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {clock.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Connection_dropped_mid_response_is_retried_and_leaves_no_partial_file()
    {
        server.Enqueue(new FakeResponse.DropMidResponse());
        var output = folder.File("line.mp3");

        await Engine().SynthesizeAsync(Speech.ElevenLabsVoice(), Line, output, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal([output], Directory.GetFiles(folder.Path));
        Assert.InRange(await Speech.SecondsOf(output), Line.Length * FakeElevenLabsServer.SecondsPerCharacter - 0.1, Line.Length * FakeElevenLabsServer.SecondsPerCharacter + 0.3);
    }

    [Fact]
    public async Task Slow_response_is_abandoned_after_the_attempt_timeout_and_retried()
    {
        server.Enqueue(new FakeResponse.Slow(TimeSpan.FromMinutes(2)));
        var clock = Stopwatch.StartNew();

        // PCM, so the fake's normal answer (no MP3 encoding) fits well inside the timeout.
        var voice = Speech.ElevenLabsVoice(("voice_id", "abc123"), ("output_format", "pcm_16000"));
        await Engine(attemptTimeout: TimeSpan.FromSeconds(3)).SynthesizeAsync(voice, "Slowly.", folder.File("line.wav"), CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Gives_up_after_the_last_attempt_with_the_last_error()
    {
        server.Enqueue(Enumerable.Range(0, 5).Select(_ => FakeResponse.ServiceUnavailable()).ToArray());
        var output = folder.File("line.mp3");

        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(() => Engine().SynthesizeAsync(Speech.ElevenLabsVoice(), Line, output, CancellationToken.None));

        Assert.Equal(5, server.Requests.Count);
        Assert.Contains("after 5 attempts", error.Message, StringComparison.Ordinal);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Contains("heavy traffic", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Wrong_key_gives_a_clear_error_without_retrying()
    {
        const string wrongKey = "sk_wrong_5d1e2a7c99f04b3a";

        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => Engine(apiKey: wrongKey).SynthesizeAsync(Speech.ElevenLabsVoice(), Line, folder.File("line.mp3"), CancellationToken.None));

        Assert.StartsWith("ElevenLabs rejected the API key (401); check ELEVENLABS_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.False(Assert.Single(server.Requests).KeyAccepted);
        Assert.DoesNotContain(wrongKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_never_appears_in_errors_even_when_the_server_echoes_it()
    {
        server.Enqueue(new FakeResponse.Status(400, $$$"""{"detail":{"status":"bad_request","message":"key {{{server.ApiKey}}} may not do this"}}"""));
        var first = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => Engine().SynthesizeAsync(Speech.ElevenLabsVoice(), Line, folder.File("a.mp3"), CancellationToken.None));
        server.Enqueue(Enumerable.Range(0, 2).Select(_ => new FakeResponse.Status(502, $"upstream rejected {server.ApiKey}")).ToArray());
        var second = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => Engine(maxAttempts: 2).SynthesizeAsync(Speech.ElevenLabsVoice(), Line, folder.File("b.mp3"), CancellationToken.None));

        Assert.Contains("(400)", first.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.Requests.Count);
        foreach (var error in new[] { first, second })
        {
            Assert.Contains("***", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(server.ApiKey, error.ToString(), StringComparison.Ordinal);
        }
        Assert.DoesNotContain(server.ApiKey, Speech.OptionsFor(server).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_key_names_the_variable_and_sends_nothing()
    {
        var options = Speech.OptionsFor(server);
        var engine = new ElevenLabsSpeechEngine(http, new ElevenLabsOptions { ApiKey = null, BaseUrl = options.BaseUrl, Retry = options.Retry });

        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => engine.SynthesizeAsync(Speech.ElevenLabsVoice(), Line, folder.File("line.mp3"), CancellationToken.None));

        Assert.Contains("ELEVENLABS_API_KEY is not set", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Unprocessable_request_shows_the_detail_and_is_not_retried()
    {
        var voice = Speech.ElevenLabsVoice(("voice_id", "abc123"), ("output_format", "pcm_11025"));

        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => Engine().SynthesizeAsync(voice, Line, folder.File("line.wav"), CancellationToken.None));

        Assert.Single(server.Requests);
        Assert.Contains("(422)", error.Message, StringComparison.Ordinal);
        Assert.Contains("query.output_format: Input should be a valid output format, got 'pcm_11025'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_voice_id_is_reported_as_such()
    {
        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => Engine().SynthesizeAsync(Speech.ElevenLabsVoice(("voice_id", "xy")), Line, folder.File("line.mp3"), CancellationToken.None));

        Assert.Single(server.Requests);
        Assert.Contains("no voice 'xy' (404)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_that_cannot_be_reached_is_retried_then_reported()
    {
        var unreachable = new ElevenLabsSpeechEngine(http, new ElevenLabsOptions
        {
            ApiKey = server.ApiKey,
            BaseUrl = new Uri("http://127.0.0.1:1"),
            Retry = Speech.OptionsFor(server, maxAttempts: 3).Retry,
        });

        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => unreachable.SynthesizeAsync(Speech.ElevenLabsVoice(), Line, folder.File("line.mp3"), CancellationToken.None));

        Assert.Contains("could not reach ElevenLabs at http://127.0.0.1:1/ after 3 attempts", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stability", "1.5", "'stability' is '1.5'; it must be a number from 0 to 1")]
    [InlineData("output_format", "wav", "'output_format' is 'wav'; it must be an MP3 or PCM format")]
    [InlineData("voicee", "x", "unknown setting 'voicee'")]
    public async Task Bad_settings_are_reported_before_any_request(string name, string value, string expected)
    {
        var voice = Speech.ElevenLabsVoice(("voice_id", "abc123"), (name, value));

        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => Engine().SynthesizeAsync(voice, Line, folder.File("line.mp3"), CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Check_reports_every_bad_setting_with_its_name_and_sends_nothing()
    {
        var voice = Speech.ElevenLabsVoice(("stability", "1.5"), ("output_format", "wav"));

        var problems = await Engine().CheckAsync(voice, CancellationToken.None);

        Assert.Equal([null, "output_format", "stability"], problems.Select(p => p.Setting));
        Assert.Contains("needs a 'voice_id' setting", problems[0].Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Voice_without_voice_id_asks_for_one()
    {
        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => Engine().SynthesizeAsync(Speech.ElevenLabsVoice(("model", "eleven_multilingual_v2")), Line, folder.File("line.mp3"), CancellationToken.None));

        Assert.Contains("needs a 'voice_id' setting", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Fake_server_refuses_a_body_without_text_like_the_real_one()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseUrl, "/v1/text-to-speech/abc123"))
        {
            Content = new StringContent("""{"model_id":"eleven_multilingual_v2"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(FakeElevenLabsServer.KeyHeader, server.ApiKey);

        using var response = await http.SendAsync(request);

        Assert.Equal(422, (int)response.StatusCode);
        Assert.Contains("\"loc\":[\"body\",\"text\"]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
