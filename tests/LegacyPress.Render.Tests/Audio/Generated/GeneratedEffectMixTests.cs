using LegacyPress.Core.Audio;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Audio;
using LegacyPress.Render.Audio.Dsp;
using LegacyPress.Render.Audio.Generated;
using LegacyPress.Render.Audio.Mixing;
using LegacyPress.Render.Media;
using LegacyPress.TestSupport;
using LegacyPress.TestSupport.Fakes;
using LegacyPress.TestSupport.Measurement;
using SkiaSharp;
using ProgressLog = LegacyPress.TestSupport.ProgressLog;
using TempFolder = LegacyPress.Render.Tests.Audio.Speech.TempFolder;

namespace LegacyPress.Render.Tests.Audio.Generated;

/// <summary>
/// A one-shot film with a generated effect (made by the fake ElevenLabs) and a synthesised one, loaded from film.yaml,
/// prepared, planned and mixed for real: the generated take is heard at its cue, at a synth's level.
/// </summary>
public sealed class GeneratedEffectMixTests : IAsyncLifetime
{
    private const double GearsAt = 2.5;
    private const double GearsSeconds = 2;
    private const double ImpactAt = 6;
    private const double GainDb = -6;

    private readonly TempFolder project = new();
    private readonly HttpClient http = new();
    private FakeElevenLabsServer server = null!;

    public async Task InitializeAsync()
    {
        server = await FakeElevenLabsServer.StartAsync();
        TestStills.Write(Path.Combine(project.Path, "images", "workshop.png"), SKColors.SaddleBrown);
        await File.WriteAllTextAsync(Path.Combine(project.Path, FilmLoader.FileName), $$"""
            schema: 1
            title: Gears
            cards: { opening: false, acts: false, credits: false }
            acts:
              - title: One
                shots:
                  - id: workshop
                    image: images/workshop.png
                    duration: 8
                    transition: cut
                    sfx:
                      - { at: {{GearsAt}}, effect: { generate: "{{Sounds.Gears}}", duration: {{GearsSeconds}} }, gain_db: {{GainDb}} }
                      - { at: {{ImpactAt}}, effect: impact, duration: 1, gain_db: {{GainDb}} }
            """);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
        project.Dispose();
    }

    private Film Load()
    {
        var loaded = new FilmLoader(new MediaInspector()).Load(project.Path, FilmLoader.FileName);
        Assert.True(loaded.Ok, string.Join('\n', loaded.Diagnostics));
        return loaded.Film!;
    }

    private GeneratedEffects Effects(IProgress<string>? progress = null) =>
        new(GeneratedSoundCache.ForProject(Load().Project, Sounds.Engine(http, server, progress)), progress);

    private static async Task<(Stems Stems, AudioPlan Plan)> MixAsync(Film film)
    {
        var timeline = TimelinePlanner.Plan(film).Timeline!;
        var plan = AudioPlanner.Plan(film, timeline, new Dictionary<string, string>());
        return (await new StemMixer().MixAsync(plan, CancellationToken.None), plan);
    }

    [Fact]
    public async Task A_generated_effect_is_heard_at_its_cue_and_not_before()
    {
        var film = await Effects().MakeAsync(Load(), CancellationToken.None);
        var (stems, plan) = await MixAsync(film);

        var clip = Assert.Single(plan.Effects, c => c.Source is AudioSource.Generated);
        Assert.Equal(GearsAt, clip.StartSeconds, 6);
        var effects = stems.Effects;
        // Silence to the sample before the cue; sound from its first 10 ms to its end; silence again until the impact.
        Assert.Equal(SampleLevels.SilenceDb, SampleLevels.PeakDbfs(effects, 0, GearsAt));
        Assert.Equal(0f, effects.Left[StereoBuffer.SampleCountFor(GearsAt) - 1]);
        Assert.InRange(SampleLevels.RmsDb(effects, GearsAt, GearsAt + 0.01), -40, 0);
        Assert.InRange(SampleLevels.RmsDb(effects, GearsAt + 0.1, GearsAt + GearsSeconds - 0.1), -26, 0);
        Assert.Equal(SampleLevels.SilenceDb, SampleLevels.PeakDbfs(effects, GearsAt + GearsSeconds, ImpactAt));
        Assert.Equal("/v1/sound-generation", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task A_generated_effect_is_level_matched_like_a_synthesised_one()
    {
        var film = await Effects().MakeAsync(Load(), CancellationToken.None);
        var take = film.Shots.Single().Sounds[0].Generated!.AudioPath!;
        var (stems, _) = await MixAsync(film);

        var generatedPeak = SampleLevels.PeakDbfs(stems.Effects, GearsAt, GearsAt + GearsSeconds);
        var synthPeak = SampleLevels.PeakDbfs(stems.Effects, ImpactAt, ImpactAt + 1);

        // The take comes from ElevenLabs at its own level, well off the effects' peak...
        Assert.True(Math.Abs(await Sounds.PeakDbfsAsync(take) - Mastering.EffectPeakDbfs) > 2, $"the fake's take peaks at {await Sounds.PeakDbfsAsync(take)} dBFS");
        // ...and both effects play at the one effect peak plus their gain_db. The rule is a sample-peak normalisation
        // done on the decoded float buffer, so only float rounding is left: 0.05 dB is a tenth of what anyone hears.
        Assert.Equal(Mastering.EffectPeakDbfs + GainDb, generatedPeak, 0.05);
        Assert.Equal(Mastering.EffectPeakDbfs + GainDb, synthPeak, 0.05);
    }

    [Fact]
    public async Task A_cached_take_is_mixed_on_the_next_run_without_a_request()
    {
        var progress = new ProgressLog();
        var first = await Effects(progress).MakeAsync(Load(), CancellationToken.None);
        var second = await Effects(progress).MakeAsync(Load(), CancellationToken.None);
        var (stems, _) = await MixAsync(second);

        Assert.Single(server.Requests);
        Assert.Equal(first.Shots.Single().Sounds[0].Generated!.AudioPath, second.Shots.Single().Sounds[0].Generated!.AudioPath);
        Assert.Equal(
            ["sound workshop/1: \"heavy brass gears grinding, slow\" take 1 generated with elevenlabs", "sound workshop/1: \"heavy brass gears grinding, slow\" take 1 cached"],
            progress.Lines);
        Assert.InRange(SampleLevels.RmsDb(stems.Effects, GearsAt + 0.1, GearsAt + 1), -26, 0);
    }

    [Fact]
    public async Task The_key_is_in_no_file_of_the_project_and_no_progress_line()
    {
        var progress = new ProgressLog();
        server.Enqueue(FakeResponse.TooManyRequests());
        var film = await Effects(progress).MakeAsync(Load(), CancellationToken.None);
        var (stems, _) = await MixAsync(film);
        await using (var mix = File.Create(Path.Combine(project.Path, "mix.wav")))
        {
            stems.Sum().WriteWav(mix);
        }

        var key = System.Text.Encoding.UTF8.GetBytes(server.ApiKey);
        var files = Directory.GetFiles(project.Path, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.Contains(Path.Combine(".legacypress", "cache", "sounds"), StringComparison.Ordinal));
        Assert.All(files, f => Assert.True(File.ReadAllBytes(f).AsSpan().IndexOf(key) < 0, $"{f} holds the key"));
        Assert.Equal(2, progress.Lines.Count);
        Assert.All(progress.Lines, line => Assert.DoesNotContain(server.ApiKey, line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_take_that_cannot_be_made_names_its_shot_and_not_the_key()
    {
        server.Enqueue(new FakeResponse.Status(401, $$$"""{"detail":{"status":"invalid_api_key","message":"Invalid API key {{{server.ApiKey}}}"}}"""));

        var error = await Assert.ThrowsAsync<SoundGenerationException>(() => Effects().MakeAsync(Load(), CancellationToken.None));

        Assert.StartsWith("shot 'workshop' sfx 1: ElevenLabs rejected the API key (401); check ELEVENLABS_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(server.ApiKey, error.ToString(), StringComparison.Ordinal);
    }
}
