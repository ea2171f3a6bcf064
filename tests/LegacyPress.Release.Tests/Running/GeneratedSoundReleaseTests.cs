using LegacyPress.Release.Running;
using LegacyPress.Release.Steps;
using LegacyPress.Render.Audio;
using LegacyPress.Render.Audio.Mixing;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.Render.Audio.Dsp;
using LegacyPress.TestSupport.Fakes;
using LegacyPress.TestSupport.Measurement;
using SkiaSharp;

namespace LegacyPress.Release.Tests.Running;

/// <summary>
/// A film with a generated sound effect rendered by the runner, its take made by the fake ElevenLabs: heard in the
/// film's soundtrack at its cue, made once, and the API key in no file, log line or message of the run.
/// </summary>
public sealed class GeneratedSoundReleaseTests : IAsyncLifetime
{
    private const double CueSeconds = 2;

    private readonly TestFilm film = new("""
        schema: 1
        title: "Gears"
        version: 1.0.0
        output: { width: 320, height: 180, fps: 12 }
        cards: { opening: false, acts: false, credits: false }
        acts:
          - title: One
            shots:
              - id: workshop
                image: images/a.png
                duration: 5
                motion: still
                sfx:
                  - at: 2
                    effect: { generate: "heavy brass gears grinding, slow", duration: 2 }
        """, ("a.png", SKColors.SaddleBrown));

    private FakeElevenLabsServer server = null!;

    public async Task InitializeAsync() => server = await FakeElevenLabsServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        film.Dispose();
    }

    /// <summary>What <c>render</c> asks of the runner: the film step alone, with its soundtrack.</summary>
    private ReleaseSettings Render => new(film.Folder, film.Artifacts) { Versioned = false, UseStepCache = false, Only = new HashSet<string> { FilmStep.StepName } };

    private string Video => Path.Combine(film.Artifacts, "film-320x180.mp4");

    [Fact]
    public async Task A_rendered_film_has_the_generated_effect_at_its_cue_and_silence_before()
    {
        var report = await film.RunAsync(Render, elevenLabs: server.Options());

        Assert.True(report.Ok, report.Failure?.Message);
        var request = Assert.Single(server.Requests);
        Assert.Equal("heavy brass gears grinding, slow", (string?)request.Json["text"]);
        Assert.Equal(2.0, (double?)request.Json["duration_seconds"]);
        var sound = await AudioDecoder.DecodeAsync(Video, CancellationToken.None);
        var before = SampleLevels.RmsDb(sound, 0.2, CueSeconds - 0.1);
        var during = SampleLevels.RmsDb(sound, CueSeconds + 0.1, CueSeconds + 1.9);
        // Loudness normalisation and AAC move the levels; what cannot move is the effect starting at its cue.
        Assert.True(during > -26, $"{during} dBFS while the effect plays");
        Assert.True(before < during - 60, $"{before} dBFS before the cue against {during} dBFS after it");
        var quarter = Decibels.ToGain(during) / 4;
        var onset = Enumerable.Range(0, sound.Length).First(i => Math.Abs(sound.Left[i]) > quarter) / (double)StereoBuffer.SampleRate;
        Assert.InRange(onset, CueSeconds - 0.03, CueSeconds + 0.05);
    }

    [Fact]
    public async Task A_second_render_plays_the_cached_take_without_a_request()
    {
        var log = new LoggingObserver();
        var first = await film.RunAsync(Render, elevenLabs: server.Options(), observer: log);
        var second = await film.RunAsync(Render, elevenLabs: server.Options(), observer: log);

        Assert.True(first.Ok && second.Ok, first.Failure?.Message ?? second.Failure?.Message);
        Assert.Single(server.Requests);
        Assert.Equal(
            ["sound workshop/1: \"heavy brass gears grinding, slow\" take 1 generated with elevenlabs", "sound workshop/1: \"heavy brass gears grinding, slow\" take 1 cached"],
            log.Lines.Where(l => l.StartsWith("sound ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_key_is_in_no_file_log_line_or_message_of_a_run()
    {
        var log = new LoggingObserver();
        server.Enqueue(new FakeResponse.Status(503, $$$"""{"detail":{"status":"system_busy","message":"busy, {{{server.ApiKey}}}"}}"""));
        var made = await film.RunAsync(Render, elevenLabs: server.Options(), observer: log);
        // And a run that fails at the effect, the service echoing the key in its refusal.
        film.Edit("duration: 2 }", "duration: 2.5 }");
        server.Enqueue(new FakeResponse.Status(401, $$$"""{"detail":{"status":"invalid_api_key","message":"Invalid API key {{{server.ApiKey}}}"}}"""));
        var refused = await film.RunAsync(Render, elevenLabs: server.Options(), observer: log);

        Assert.True(made.Ok, made.Failure?.Message);
        Assert.False(refused.Ok);
        Assert.Equal($"{film.FilmYaml}: sound effects: shot 'workshop' sfx 1: ElevenLabs rejected the API key (401); check ELEVENLABS_API_KEY (ElevenLabs said: Invalid API key *** (invalid_api_key))", refused.Failure!.Message);
        Assert.Contains(log.Lines, l => l.Contains("retrying", StringComparison.Ordinal));
        Assert.All(log.Lines, l => Assert.DoesNotContain(server.ApiKey, l, StringComparison.Ordinal));
        var key = System.Text.Encoding.UTF8.GetBytes(server.ApiKey);
        var files = Directory.GetFiles(film.Folder, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.Contains(Path.Combine(".legacypress", "cache", "sounds"), StringComparison.Ordinal));
        Assert.Contains(Video, files);
        Assert.All(files, f => Assert.True(File.ReadAllBytes(f).AsSpan().IndexOf(key) < 0, $"{f} holds the key"));
    }

    [Fact]
    public async Task Without_a_key_a_take_not_made_stops_the_run_before_any_work_at_the_effect()
    {
        var report = await film.RunAsync(Render, elevenLabs: new ElevenLabsOptions { ApiKey = null, BaseUrl = server.BaseUrl });

        Assert.False(report.Ok);
        Assert.Equal("the project has problems", report.Failure!.Message);
        var problem = Assert.Single(report.Failure.Diagnostics);
        // At the effect's mapping, on line 15.
        Assert.Equal($"{film.FilmYaml}:15:21", problem.Location.ToString());
        Assert.Equal("sfx workshop/1 \"heavy brass gears grinding, slow\": take 1 is not made yet and ELEVENLABS_API_KEY is not set, so a render or release would stop here; export your ElevenLabs API key in it", problem.Message);
        Assert.Empty(server.Requests);
        Assert.False(File.Exists(Video));
    }

    [Fact]
    public async Task Without_a_key_a_take_already_made_still_renders()
    {
        var made = await film.RunAsync(Render, elevenLabs: server.Options());

        var again = await film.RunAsync(Render, elevenLabs: new ElevenLabsOptions { ApiKey = null, BaseUrl = server.BaseUrl });

        Assert.True(made.Ok && again.Ok, made.Failure?.Message ?? again.Failure?.Message);
        Assert.Single(server.Requests);
    }
}
