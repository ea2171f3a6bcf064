using LegacyPress.Core.Editing;
using LegacyPress.Core.Model;
using LegacyPress.Release.Preparation;
using LegacyPress.Release.Tests.Running;
using LegacyPress.Render.Audio.Generated;
using LegacyPress.TestSupport.Fakes;
using SkiaSharp;

namespace LegacyPress.Release.Tests.Preparation;

/// <summary>What <c>generate --sounds</c> calls: takes made for every generated effect (or those named), listed, and picked into film.yaml.</summary>
public sealed class SoundEffectTakesTests : IAsyncLifetime
{
    private readonly TestFilm project = new("""
        schema: 1
        title: "Takes"
        cards: { opening: false, acts: false, credits: false }
        acts:
          - title: One
            shots:
              - id: workshop
                image: images/a.png
                duration: 6
                sfx:
                  - { at: 0.5, effect: clock-tick, duration: 2 }
                  - { at: 1, effect: { generate: "heavy brass gears grinding, slow", duration: 1 } }   # the gears
                  - { at: 3, effect: { generate: "steam escaping a valve", duration: 1.5, take: 2 } }
              - id: letter
                image: images/b.png
                duration: 4
                sfx:
                  - { at: 1, effect: { generate: "paper unfolding", duration: 0.5 } }
        """, ("a.png", SKColors.SaddleBrown), ("b.png", SKColors.Beige));

    private readonly HttpClient http = new();
    private FakeElevenLabsServer server = null!;

    public async Task InitializeAsync() => server = await FakeElevenLabsServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
        project.Dispose();
    }


    private GeneratedSoundCache Cache(Film film) => GeneratedSoundCache.ForProject(film.Project, new ElevenLabsSoundEngine(http, server.Options()));

    private SoundEffectTakes Takes(Film film) => new(Cache(film));

    [Fact]
    public async Task Every_generated_effect_gets_n_takes_in_film_order_each_reported_when_ready()
    {
        var film = project.Load();
        var reported = new List<SoundEffectTake>();

        var result = await Takes(film).MakeAsync(film, 2, null, new Inline(reported.Add), CancellationToken.None);

        Assert.True(result.Ok, string.Join('\n', result.Problems));
        Assert.Equal(
            [("workshop/2", 1), ("workshop/2", 2), ("workshop/3", 1), ("workshop/3", 2), ("letter/1", 1), ("letter/1", 2)],
            result.Takes.Select(t => (t.CueId, t.Take)));
        Assert.Equal(result.Takes, reported);
        Assert.Equal(6, server.Requests.Count);
        Assert.Equal(["heavy brass gears grinding, slow", "steam escaping a valve", "paper unfolding"], result.Takes.Select(t => t.Text).Distinct());
        Assert.All(result.Takes, t => Assert.True(File.Exists(t.FilePath) && t.FilePath.StartsWith(Path.Combine(project.Folder, ".legacypress", "cache", "sounds"), StringComparison.Ordinal)));
        Assert.Equal(6, result.Takes.Select(t => t.FilePath).Distinct().Count());
        Assert.All(result.Takes, t => Assert.False(t.FromCache));
        // The durations are measured: the fake makes what was asked, to an MP3 frame.
        Assert.Equal([1.0, 1.0, 1.5, 1.5, 0.5, 0.5], result.Takes.Select(t => Math.Round(t.DurationSeconds, 1)));
        // Take 1 plays unless film.yaml picks another: the steam picks take 2.
        Assert.Equal([true, false, false, true, true, false], result.Takes.Select(t => t.Chosen));
    }

    [Fact]
    public async Task More_takes_later_request_only_the_new_ones()
    {
        var film = project.Load();
        await Takes(film).MakeAsync(film, 2, ["letter"], null, CancellationToken.None);

        var more = await Takes(film).MakeAsync(film, 3, ["letter/1"], null, CancellationToken.None);

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal([true, true, false], more.Takes.Select(t => t.FromCache));
    }

    [Fact]
    public async Task A_shot_names_its_one_generated_effect_and_an_unknown_or_ambiguous_name_requests_nothing()
    {
        var film = project.Load();

        var letter = await Takes(film).MakeAsync(film, 1, ["letter"], null, CancellationToken.None);
        var wrong = await Takes(film).MakeAsync(film, 1, ["workshop", "workshop/1", "leter/1"], null, CancellationToken.None);

        Assert.Equal("letter/1", Assert.Single(letter.Takes).CueId);
        Assert.Single(server.Requests);
        Assert.Empty(wrong.Takes);
        Assert.Equal(
        [
            "shot 'workshop' has 2 generated sound effects; name one: workshop/2, workshop/3",
            "no generated sound effect 'workshop/1'; did you mean 'workshop/2'? (the film has workshop/2, workshop/3, letter/1)",
            "no generated sound effect 'leter/1'; did you mean 'letter/1'? (the film has workshop/2, workshop/3, letter/1)",
        ], wrong.Problems);
    }

    [Fact]
    public async Task A_take_that_cannot_be_made_is_a_problem_and_the_takes_before_it_are_listed()
    {
        var film = project.Load();
        await Takes(film).MakeAsync(film, 1, ["letter"], null, CancellationToken.None);
        server.Enqueue(new FakeResponse.Status(401, """{"detail":{"status":"quota_exceeded","message":"This request exceeds your quota."}}"""));

        var result = await Takes(film).MakeAsync(film, 3, ["letter"], null, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal([(1, true)], result.Takes.Select(t => (t.Take, t.FromCache)));
        Assert.Equal(["letter/1 take 2: ElevenLabs quota exceeded (401): This request exceeds your quota. (quota_exceeded)"], result.Problems);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_pick_writes_the_take_into_film_yaml_and_the_next_preparation_plays_it_without_a_request()
    {
        var film = project.Load();
        var made = await Takes(film).MakeAsync(film, 3, ["workshop/2"], null, CancellationToken.None);
        var before = await File.ReadAllTextAsync(project.FilmYaml);

        var picked = await Takes(film).PickAsync(film, "workshop/2", 3, CancellationToken.None);

        Assert.Equal(made.Takes[2] with { Chosen = true, FromCache = true }, picked);
        Assert.Equal(
            before.Replace("\"heavy brass gears grinding, slow\", duration: 1 }", "\"heavy brass gears grinding, slow\", take: 3, duration: 1 }", StringComparison.Ordinal),
            await File.ReadAllTextAsync(project.FilmYaml));
        var reloaded = project.Load();
        var prepared = await new GeneratedEffects(Cache(reloaded)).MakeAsync(reloaded, CancellationToken.None);
        Assert.Equal(made.Takes[2].FilePath, prepared.Shots.First().Sounds[1].Generated!.AudioPath);
        // Three takes of the gears, and the steam's and the paper's chosen takes; the gears' pick cost nothing.
        Assert.Equal(5, server.Requests.Count);
    }

    [Fact]
    public async Task Picking_a_take_not_made_yet_writes_it_and_says_so()
    {
        var film = project.Load();

        var picked = await Takes(film).PickAsync(film, "letter", 4, CancellationToken.None);

        Assert.Null(picked);
        Assert.Contains("{ generate: \"paper unfolding\", take: 4, duration: 0.5 }", await File.ReadAllTextAsync(project.FilmYaml), StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("workshop/9", 2, "no generated sound effect 'workshop/9'; did you mean 'workshop/2'? (the film has workshop/2, workshop/3, letter/1)")]
    [InlineData("letter/1", 21, "letter/1: a take is a number from 1 to 20, not 21")]
    public async Task A_bad_pick_is_a_clear_error_and_film_yaml_stays(string cue, int take, string expected)
    {
        var film = project.Load();
        var before = await File.ReadAllTextAsync(project.FilmYaml);

        var error = await Assert.ThrowsAsync<FilmEditException>(() => Takes(film).PickAsync(film, cue, take, CancellationToken.None));

        Assert.Equal(expected, error.Message);
        Assert.Equal(before, await File.ReadAllTextAsync(project.FilmYaml));
    }

    private sealed class Inline(Action<SoundEffectTake> report) : IProgress<SoundEffectTake>
    {
        public void Report(SoundEffectTake value) => report(value);
    }
}
