using LegacyPress.Core.Loading;
using LegacyPress.Core.Tests.Building;

namespace LegacyPress.Core.Tests.Loading;

/// <summary>Times that cut an audio file must fit the file (docs/limits.md): each is a located problem at check time, not silence in the mix.</summary>
public sealed class AudioFileSpansTests : IDisposable
{
    private readonly string project = Directory.CreateTempSubdirectory("legacypress-spans-").FullName;

    public AudioFileSpansTests()
    {
        foreach (var file in new[] { "images/a.jpg", "music/score.wav", "sfx/knock.wav" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(project, file))!);
            File.WriteAllText(Path.Combine(project, file), "FakeMedia decodes anything");
        }
    }

    public void Dispose() => Directory.Delete(project, recursive: true);

    /// <summary>Loads a one-shot film (a 10 s shot, its cues from line 10) with <paramref name="top"/> on line 3, against files of <paramref name="fileSeconds"/>.</summary>
    private List<string> Problems(string top, string shotLines = "", double fileSeconds = 3)
    {
        File.WriteAllText(Path.Combine(project, FilmLoader.FileName),
            "schema: 1\ntitle: Legacy\n" + top + "\nacts:\n  - title: One\n    shots:\n      - id: a\n        image: images/a.jpg\n        duration: 10\n" + shotLines + "\n");
        return new FilmLoader(new FakeMedia(fileSeconds)).Load(project, FilmLoader.FileName).Diagnostics.Select(d => d.ToString()).ToList();
    }

    [Theory]
    [InlineData(5, "past")]
    [InlineData(3, "at")]
    public void A_music_offset_that_leaves_nothing_to_play_is_refused_at_the_offset(double offset, string where) =>
        Assert.Equal(
            [$"film.yaml:3:66: music 'score': 'offset' ({offset} s) is {where} the end of 'music/score.wav' (3 s long), so nothing of it would play"],
            Problems($"music: [ {{ id: score, file: music/score.wav, fade_in: 0, offset: {offset} }} ]"));

    [Fact]
    public void A_music_offset_inside_the_file_is_fine() =>
        Assert.Empty(Problems("music: [ { id: score, file: music/score.wav, offset: 2, fade_in: 0.5, fade_out: 0.5 } ]"));

    [Fact]
    public void The_trailer_s_own_music_follows_the_same_rule() =>
        Assert.Equal(
            ["film.yaml:3:52: trailer music: 'offset' (4 s) is past the end of 'music/score.wav' (3 s long), so nothing of it would play"],
            Problems("trailer: { music: { file: music/score.wav, offset: 4 } }"));

    [Fact]
    public void Fades_longer_than_what_the_track_plays_are_refused_at_the_fade_in() =>
        Assert.Equal(
            ["film.yaml:3:55: music 'score': 'fade_in' (2 s) and 'fade_out' (2 s) together last longer than the 3 s the track plays, so it would never reach its 'gain_db'; shorten the fades"],
            Problems("music: [ { id: score, file: music/score.wav, fade_in: 2, fade_out: 2 } ]"));

    [Fact]
    public void What_a_track_plays_is_cut_by_its_offset_and_its_end()
    {
        Assert.Contains("than the 1 s the track plays", Assert.Single(Problems("music: [ { id: score, file: music/score.wav, offset: 2, fade_in: 1, fade_out: 1 } ]")));
        Assert.Contains("than the 1.5 s the track plays", Assert.Single(Problems("music: [ { id: score, file: music/score.wav, start: 1, end: 2.5, fade_in: 1, fade_out: 1 } ]")));
    }

    [Fact]
    public void A_written_fade_is_judged_with_the_default_other_named_as_such() =>
        Assert.Equal(
            ["film.yaml:3:56: music 'score': 'fade_in' (2 s, the default) and 'fade_out' (2 s) together last longer than the 3 s the track plays, so it would never reach its 'gain_db'; shorten the fades"],
            Problems("music: [ { id: score, file: music/score.wav, fade_out: 2 } ]"));

    [Fact]
    public void Default_fades_alone_are_not_judged() =>
        Assert.Empty(Problems("music: [ { id: score, file: music/score.wav } ]"));

    [Fact]
    public void A_looped_track_without_an_end_plays_to_the_film_s_end_and_is_not_judged_by_its_file() =>
        Assert.Empty(Problems("music: [ { id: score, file: music/score.wav, loop: true, fade_in: 4, fade_out: 4 } ]"));

    [Fact]
    public void A_sound_file_cue_longer_than_its_file_is_refused_at_its_duration() =>
        Assert.Equal(
            ["film.yaml:10:56: shot 'a' sfx: 'duration' (2.5 s) is longer than 'sfx/knock.wav' (1 s); a sound file plays at most its own length (leave 'duration' out to play all of it)"],
            Problems("", "        sfx: [ { at: 1, file: sfx/knock.wav, duration: 2.5 } ]", fileSeconds: 1));

    [Theory]
    [InlineData("{ at: 1, file: sfx/knock.wav, duration: 1 }")]
    [InlineData("{ at: 1, file: sfx/knock.wav, duration: 1.04 }")]
    [InlineData("{ at: 1, file: sfx/knock.wav }")]
    [InlineData("{ at: 1, effect: wind, duration: 5 }")]
    public void Cues_within_their_file_or_synthesised_are_fine(string cue) =>
        Assert.Empty(Problems("", $"        sfx: [ {cue} ]", fileSeconds: 1));
}
