using LegacyPress.Render.Audio.Generated;
using LegacyPress.Render.Tests.Audio.Speech;
using ProgressLog = LegacyPress.TestSupport.ProgressLog;
using LegacyPress.TestSupport.Fakes;

namespace LegacyPress.Render.Tests.Audio.Generated;

/// <summary>The sound-generation request against the fake ElevenLabs on 127.0.0.1, with real MP3 answers decoded by ffmpeg.</summary>
public sealed class ElevenLabsSoundEngineTests : IAsyncLifetime
{
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

    [Fact]
    public async Task The_request_carries_text_duration_and_prompt_influence_with_the_key_header()
    {
        var output = folder.File("take.mp3");

        await Sounds.Engine(http, server).GenerateAsync(Sounds.Of(seconds: 2.5, promptInfluence: 0.45), output, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/sound-generation", request.Path);
        Assert.Equal("mp3_44100_128", request.Query["output_format"]);
        Assert.True(request.KeyAccepted);
        Assert.Equal(FakeElevenLabsServer.RedactedKey, request.Headers[FakeElevenLabsServer.KeyHeader]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        var body = request.Json;
        Assert.Equal(Sounds.Gears, (string?)body["text"]);
        Assert.Equal(2.5, (double?)body["duration_seconds"]);
        Assert.Equal(0.45, (double?)body["prompt_influence"]);
        Assert.Null(body["model_id"]);
        // An MP3 frame is 26 ms; the encoder may pad the last one.
        Assert.InRange(await Sounds.SecondsOf(output), 2.45, 2.6);
        Assert.Equal([output], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Every_call_is_a_new_take()
    {
        var engine = Sounds.Engine(http, server);

        await engine.GenerateAsync(Sounds.Of(), folder.File("1.mp3"), CancellationToken.None);
        await engine.GenerateAsync(Sounds.Of(), folder.File("2.mp3"), CancellationToken.None);

        Assert.NotEqual(await File.ReadAllBytesAsync(folder.File("1.mp3")), await File.ReadAllBytesAsync(folder.File("2.mp3")));
    }

    [Fact]
    public async Task Pcm_takes_are_stored_as_wav()
    {
        var engine = Sounds.Engine(http, server, outputFormat: "pcm_44100");
        Assert.Equal(".wav", engine.FileExtension);

        await engine.GenerateAsync(Sounds.Of(seconds: 1), folder.File("take.wav"), CancellationToken.None);

        Assert.Equal("pcm_44100", Assert.Single(server.Requests).Query["output_format"]);
        Assert.Equal(1.0, await Sounds.SecondsOf(folder.File("take.wav")), precision: 2);
    }

    [Fact]
    public async Task A_429_is_retried_and_the_second_answer_kept()
    {
        var progress = new ProgressLog();
        server.Enqueue(FakeResponse.TooManyRequests());

        await Sounds.Engine(http, server, progress).GenerateAsync(Sounds.Of(), folder.File("take.mp3"), CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal(Sounds.Gears, (string?)r.Json["text"]));
        Assert.Contains(progress.Lines, line => line.Contains("429", StringComparison.Ordinal) && line.Contains("retrying", StringComparison.Ordinal));
        Assert.InRange(await Sounds.SecondsOf(folder.File("take.mp3")), 2.95, 3.1);
    }

    [Fact]
    public async Task A_duration_the_service_refuses_is_reported_with_its_detail_and_not_retried()
    {
        // The loader keeps durations within 0.5–30 s; this one goes round it to show the fake refuses as the service does.
        var error = await Assert.ThrowsAsync<SoundGenerationException>(
            () => Sounds.Engine(http, server).GenerateAsync(Sounds.Of(seconds: 45), folder.File("take.mp3"), CancellationToken.None));

        Assert.Single(server.Requests);
        Assert.Contains("(422)", error.Message, StringComparison.Ordinal);
        Assert.Contains("body.duration_seconds: Input should be less than or equal to 30", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Missing_key_names_the_variable_and_sends_nothing()
    {
        var engine = new ElevenLabsSoundEngine(http, new Render.Audio.Speech.ElevenLabsOptions { ApiKey = null, BaseUrl = server.BaseUrl });

        var error = await Assert.ThrowsAsync<SoundGenerationException>(
            () => engine.GenerateAsync(Sounds.Of(), folder.File("take.mp3"), CancellationToken.None));

        Assert.Equal($"sound effect \"{Sounds.Gears}\" uses ElevenLabs, but ELEVENLABS_API_KEY is not set; export your ElevenLabs API key in it", error.Message);
        Assert.False(engine.HasApiKey);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task The_key_never_appears_in_errors_or_progress_even_when_the_server_echoes_it()
    {
        var progress = new ProgressLog();
        var engine = Sounds.Engine(http, server, progress, maxAttempts: 2);
        server.Enqueue(
            new FakeResponse.Status(503, $$$"""{"detail":{"status":"system_busy","message":"busy for {{{server.ApiKey}}}"}}"""),
            new FakeResponse.Status(400, $$$"""{"detail":{"status":"bad_request","message":"key {{{server.ApiKey}}} may not do this"}}"""));

        var error = await Assert.ThrowsAsync<SoundGenerationException>(
            () => engine.GenerateAsync(Sounds.Of(), folder.File("take.mp3"), CancellationToken.None));

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("(400)", error.Message, StringComparison.Ordinal);
        Assert.Contains("***", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(server.ApiKey, error.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(progress.Lines);
        Assert.All(progress.Lines, line => Assert.DoesNotContain(server.ApiKey, line, StringComparison.Ordinal));
    }
}
