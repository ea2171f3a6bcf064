using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Tests.Building;

namespace LegacyPress.Core.Tests.Loading;

/// <summary>An sfx cue's <c>effect: { generate: ... }</c>: read into <see cref="GeneratedSound"/>, every bad field reported at its line.</summary>
public sealed class GeneratedSoundLoadingTests : IDisposable
{
    private readonly string project = Directory.CreateTempSubdirectory("legacypress-generated-sfx-").FullName;

    public GeneratedSoundLoadingTests()
    {
        Directory.CreateDirectory(Path.Combine(project, "images"));
        File.WriteAllText(Path.Combine(project, "images/a.jpg"), "FakeMedia decodes anything");
    }

    public void Dispose() => Directory.Delete(project, recursive: true);

    /// <summary>Loads a one-shot film (a 10 s shot) whose sfx list is <paramref name="cues"/>, its first cue on line 10.</summary>
    private LoadResult Load(string cues)
    {
        File.WriteAllText(Path.Combine(project, FilmLoader.FileName),
            "schema: 1\ntitle: Legacy\nacts:\n  - title: One\n    shots:\n      - id: a\n        image: images/a.jpg\n        duration: 10\n        sfx:\n" + cues + "\n");
        return new FilmLoader(new FakeMedia(3)).Load(project, FilmLoader.FileName);
    }

    private List<string> Problems(string cues) => Load(cues).Diagnostics.Select(d => d.ToString()).ToList();

    [Fact]
    public void A_generated_effect_is_read_with_its_defaults()
    {
        var loaded = Load("          - at: 1\n            effect: { generate: \"heavy brass gears grinding, slow\", duration: 3 }");
        Assert.Empty(loaded.Diagnostics);
        var cue = Assert.Single(loaded.Film!.Shots.Single().Sounds);
        Assert.Null(cue.Effect);
        var sound = cue.Generated!;
        Assert.Equal(("heavy brass gears grinding, slow", 3.0, FilmDefaults.SoundPromptInfluence, 1), (sound.Text, sound.DurationSeconds, sound.PromptInfluence, sound.Take));
        Assert.Equal(11, sound.Location.Line);
    }

    [Fact]
    public void Influence_and_take_are_read_when_given()
    {
        var sound = Load("          - at: 1\n            effect: { generate: steam, duration: 0.5, prompt_influence: 0.4, take: 2 }").Film!.Shots.Single().Sounds.Single().Generated!;
        Assert.Equal((0.5, 0.4, 2), (sound.DurationSeconds, sound.PromptInfluence, sound.Take));
    }

    [Fact]
    public void Every_bad_field_is_reported_at_its_line() =>
        Assert.Equal(
            [
                "film.yaml:13:25: shot 'a' sfx effect: 'duration' must be between 0.5 and 30, got 31",
                "film.yaml:14:33: shot 'a' sfx effect: 'prompt_influence' must be between 0 and 1, got 1.5",
                "film.yaml:15:21: shot 'a' sfx effect: 'take' must be a take number from 1 to 20, got 0",
                "film.yaml:16:15: shot 'a' sfx effect: unknown key 'seeds'",
            ],
            Problems("          - at: 1\n            effect:\n              generate: gears\n              duration: 31\n              prompt_influence: 1.5\n              take: 0\n              seeds: 2"));

    [Fact]
    public void A_description_and_a_duration_are_required() =>
        Assert.Equal(
            [
                "film.yaml:11:21: shot 'a' sfx effect: needs 'generate': a description of the sound, such as \"heavy brass gears grinding, slow\"",
                "film.yaml:11:21: shot 'a' sfx effect: needs 'duration': seconds of sound, 0.5 to 30",
            ],
            Problems("          - at: 1\n            effect: { take: 1 }"));

    [Fact]
    public void Synth_settings_and_a_cue_duration_are_refused_on_a_generated_effect() =>
        Assert.Equal(
            [
                "film.yaml:12:20: shot 'a' sfx: 'pitch' applies to synthesised effects only, not to a generated one",
                "film.yaml:13:23: shot 'a' sfx: a generated effect's length is its 'duration' inside 'effect' ({ generate: ..., duration: 3 })",
            ],
            Problems("          - at: 1\n            effect: { generate: gears, duration: 2 }\n            pitch: 2\n            duration: 4"));

    [Fact]
    public void A_take_that_is_not_a_whole_number_is_refused() =>
        Assert.Equal(
            ["film.yaml:11:59: shot 'a' sfx effect: 'take' must be a whole number, got '1.5'"],
            Problems("          - at: 1\n            effect: { generate: gears, duration: 2, take: 1.5 }"));
}
