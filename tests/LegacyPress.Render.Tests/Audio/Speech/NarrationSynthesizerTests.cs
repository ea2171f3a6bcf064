using System.Collections.Concurrent;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.Render.Media;
using LegacyPress.TestSupport.Fakes;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Audio.Speech;

public sealed class NarrationSynthesizerTests : IAsyncLifetime
{
    private const string FilmYaml = """
        schema: 1
        title: The Workshop
        voices:
          host:
            engine: elevenlabs
            settings:
              voice_id: JBFqnCBsd6RMkjVDRZzb
              stability: "0.5"
        acts:
          - title: Inheritance
            shots:
              - id: workshop
                image: images/still.png
                duration: auto
                narration: My grandfather's workshop smelled of oil and old paper.
              - id: letter
                image: images/still.png
                duration: auto
                narration:
                  text: The keys arrived with a letter, and a blueprint of a strange brass device.
                  voice: host
              - id: recorded
                image: images/still.png
                duration: auto
                narration:
                  text: A voice from an old tape.
                  audio: audio/tape.wav
              - id: silence
                image: images/still.png
                duration: 4
        """;

    private readonly TempFolder project = new();
    private readonly HttpClient http = new();
    private readonly ConcurrentQueue<string> reports = new();
    private FakeElevenLabsServer server = null!;
    private Film film = null!;

    public async Task InitializeAsync()
    {
        server = await FakeElevenLabsServer.StartAsync();
        Directory.CreateDirectory(project.File("images"));
        Directory.CreateDirectory(project.File("audio"));
        using (var bitmap = new SKBitmap(64, 36))
        {
            bitmap.Erase(SKColors.DarkGoldenrod);
            using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            await File.WriteAllBytesAsync(project.File("images/still.png"), png.ToArray());
        }
        await new EspeakSpeechEngine().SynthesizeAsync(FilmDefaults.DefaultVoice, "A voice from an old tape, recorded long ago.", project.File("audio/tape.wav"), CancellationToken.None);
        await File.WriteAllTextAsync(project.File("film.yaml"), FilmYaml);
        var loaded = new FilmLoader(new MediaInspector()).Load(project.Path);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics.Select(d => d.Message)));
        film = loaded.Film!;
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
        project.Dispose();
    }

    private NarrationSynthesizer Synthesizer()
    {
        var engines = SpeechEngines.Create(http, Speech.OptionsFor(server));
        return new NarrationSynthesizer(SpeechCache.ForProject(film.Project, engines), new AudioLength(), new InlineProgress(reports.Enqueue));
    }

    [Fact]
    public async Task Speaks_text_only_narration_and_measures_it()
    {
        var lines = await Synthesizer().SynthesizeAsync(film, CancellationToken.None);

        Assert.Equal(["workshop", "letter"], lines.Select(l => l.ShotId));
        Assert.All(lines, l => Assert.StartsWith(Path.Combine(film.Project.CacheDirectory, "speech"), l.AudioPath, StringComparison.Ordinal));
        Assert.EndsWith(".wav", lines[0].AudioPath, StringComparison.Ordinal);
        Assert.EndsWith(".mp3", lines[1].AudioPath, StringComparison.Ordinal);
        foreach (var line in lines)
        {
            Assert.False(line.FromCache);
            Assert.Equal(await Speech.SecondsOf(line.AudioPath), line.Seconds, precision: 6);
        }
        var request = Assert.Single(server.Requests);
        Assert.Equal("The keys arrived with a letter, and a blueprint of a strange brass device.", (string?)request.Json["text"]);
        Assert.Contains(reports, r => r.StartsWith("speech workshop: synthesised with espeak (", StringComparison.Ordinal));
        Assert.Contains("speech: 2 lines, 0 from cache, 2 synthesised", reports);
    }

    [Fact]
    public async Task A_rerender_synthesises_nothing()
    {
        await Synthesizer().SynthesizeAsync(film, CancellationToken.None);
        reports.Clear();

        var again = await Synthesizer().SynthesizeAsync(film, CancellationToken.None);

        Assert.All(again, l => Assert.True(l.FromCache));
        Assert.Single(server.Requests);
        Assert.Contains("speech: 2 lines, 2 from cache, 0 synthesised", reports);
    }

    [Fact]
    public async Task Measured_film_plans_auto_shots_to_the_real_voice()
    {
        var measured = await Synthesizer().MeasureAsync(film, CancellationToken.None);

        var shots = measured.Shots.ToDictionary(s => s.Id);
        var original = film.Shots.ToDictionary(s => s.Id);
        Assert.NotNull(shots["workshop"].Narration!.MeasuredSeconds);
        Assert.NotNull(shots["letter"].Narration!.MeasuredSeconds);
        Assert.Equal(original["recorded"], shots["recorded"]);
        Assert.Equal("audio/tape.wav", shots["recorded"].Narration!.AudioPath);
        Assert.Equal(original["silence"], shots["silence"]);
        Assert.Null(original["workshop"].Narration!.MeasuredSeconds);

        var timeline = TimelinePlanner.Plan(measured).Timeline!;
        var spoken = timeline.Narration.Single(n => n.ShotId == "letter");
        Assert.False(spoken.Estimated);
        Assert.Equal(shots["letter"].Narration!.MeasuredSeconds!.Value, spoken.DurationSeconds, precision: 6);
        Assert.DoesNotContain(timeline.Narration, n => n.Estimated);
    }

    [Fact]
    public async Task A_failing_line_names_its_shot()
    {
        server.Enqueue(new FakeResponse.Status(401, """{"detail":{"status":"quota_exceeded","message":"This request exceeds your quota of 10000."}}"""));

        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(() => Synthesizer().SynthesizeAsync(film, CancellationToken.None));

        Assert.Equal("shot 'letter': ElevenLabs quota exceeded (401): This request exceeds your quota of 10000. (quota_exceeded)", error.Message);
    }

    private sealed class InlineProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
