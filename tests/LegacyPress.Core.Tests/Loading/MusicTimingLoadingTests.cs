using LegacyPress.Core.Model;
using LegacyPress.Core.Tests.Building;

namespace LegacyPress.Core.Tests.Loading;

/// <summary>Issue 18's film.yaml: timing at film, act and shot; a track's tempo, first beat, meter and markers; sfx and shots tied to the music.</summary>
public sealed class MusicTimingLoadingTests : IDisposable
{
    private readonly FilmYamlProject project = new();

    public MusicTimingLoadingTests() => project.WriteFile("music/score.ogg", "FakeMedia hears 3 s of anything");

    public void Dispose() => project.Dispose();

    /// <summary>A film whose music section is <paramref name="music"/> (from line 3), then <paramref name="rest"/>, then two acts from the line after.</summary>
    private static string Film(string music, string rest = "", string act1 = "", string shot = "", string sfx = "") => $$"""
        schema: 1
        title: Legacy
        {{music}}
        {{rest}}
        acts:
          - title: One
            {{act1}}
            shots:
              - id: workshop
                image: images/a.jpg
                {{shot}}
                {{sfx}}
              - { id: letter, image: images/a.jpg }
          - title: Two
            shots:
              - { id: portal, image: images/a.jpg }
        """;

    private const string Score = "music:\n  - id: score\n    file: music/score.ogg";

    private Film LoadOk(string yaml)
    {
        var loaded = project.Load(yaml);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics));
        return loaded.Film!;
    }

    [Fact]
    public void Timing_is_off_unless_asked_and_a_film_without_these_fields_loads_as_before()
    {
        var film = LoadOk(Film(Score));

        Assert.Equal(TimingSnap.Off, film.Timing);
        Assert.All(film.Acts, a => Assert.Null(a.Timing));
        Assert.All(film.Shots, s => Assert.Null(s.Timing));
        Assert.Equal(MusicGridSettings.Default.Meter, film.Music[0].Grid.Meter);
        Assert.Empty(film.Music[0].Grid.Markers);
    }

    [Fact]
    public void Act_and_shot_timing_fill_what_they_leave_out_from_the_level_around_them()
    {
        var film = LoadOk(Film(Score, "timing: { snap: beats, tolerance: 0.2 }", act1: "timing: { snap: bars }", shot: "timing: { tolerance: 0.5 }"));

        Assert.Equal((SnapTarget.Beats, 0.2), (film.Timing.Snap, film.Timing.ToleranceSeconds));
        Assert.Equal((SnapTarget.Bars, 0.2), (film.Acts[0].Timing!.Snap, film.Acts[0].Timing!.ToleranceSeconds));
        Assert.Equal((SnapTarget.Bars, 0.5), (film.Acts[0].Shots[0].Timing!.Snap, film.Acts[0].Shots[0].Timing!.ToleranceSeconds));
        Assert.Null(film.Acts[0].Shots[1].Timing);
        Assert.Null(film.Acts[1].Timing);
    }

    [Fact]
    public void A_track_reads_its_tempo_first_beat_meter_and_markers()
    {
        var film = LoadOk(Film(Score + "\n    tempo: 68.6\n    first_beat: 0.25\n    meter: 3/4\n    markers: [{ at: 2.5, name: climax }, { at: 1, name: door_opens }]"));

        var grid = film.Music[0].Grid;
        Assert.Equal((68.6, 0.25, new Meter(3, 4)), (grid.TempoBpm!.Value, grid.FirstBeatSeconds!.Value, grid.Meter));
        Assert.Equal(["climax", "door_opens"], grid.Markers.Select(m => m.Name));
        Assert.Equal("film.yaml:9:15", grid.Markers[0].Location.ToString());
    }

    [Theory]
    [InlineData("tempo: 0", "film.yaml:6:12: music 'score': tempo 0 is not a tempo; give beats per minute above 0 and at most 300")]
    [InlineData("tempo: 301", "film.yaml:6:12: music 'score': tempo 301 is not a tempo; give beats per minute above 0 and at most 300")]
    [InlineData("first_beat: 4", "film.yaml:6:17: music 'score': 'first_beat' (4 s) is past the end of 'music/score.ogg' (3 s)")]
    [InlineData("meter: 5/3", "film.yaml:6:12: music 'score': 'meter' must be beats per bar over the beat's note, such as 4/4, 3/4 or 6/8 (1 to 16 beats; a note of 1, 2, 4, 8 or 16), got '5/3'")]
    [InlineData("markers: [{ at: 250, name: climax }]", "film.yaml:6:21: music 'score' marker: marker 'climax' at 250 s is past the end of 'music/score.ogg' (3 s)")]
    [InlineData("markers: [{ at: 1, name: 'big drop' }]", "film.yaml:6:30: music 'score' marker: marker name 'big drop' must be letters, digits, '-' and '_'")]
    public void Bad_grid_settings_are_reported_at_the_value(string field, string expected)
    {
        var problem = Assert.Single(project.Problems(Film(Score + "\n    " + field)));

        Assert.Equal(expected, problem);
    }

    [Theory]
    [InlineData("timing: { snap: beat }", "film.yaml:6:17: timing: unknown snap 'beat'; did you mean 'beats'? (known: none, beats, bars, markers)")]
    [InlineData("timing: { snap: beats, tolerance: 3 }", "film.yaml:6:35: timing: 'tolerance' must be between 0 and 2, got 3")]
    public void Bad_timing_is_reported_at_the_value(string timing, string expected)
    {
        var problem = Assert.Single(project.Problems(Film(Score, timing)));

        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Sound_effects_may_sit_on_a_beat_or_a_marker_and_a_shot_may_start_on_a_marker()
    {
        var film = LoadOk(Film(
            Score + "\n    markers: [{ at: 2, name: climax }]",
            shot: "at: { marker: climax }",
            sfx: "sfx: [{ at: { beat: 3, offset: 0.1 }, effect: whoosh }, { at: { marker: climax, offset: -0.5 }, effect: impact }, { at: 0.5, effect: wind }]"));

        var shot = film.Acts[0].Shots[0];
        Assert.Equal("climax", shot.StartAnchor!.Name);
        Assert.Equal(new MusicAnchor.Beat(3, 0.1, shot.Sounds[0].Anchor!.Location), shot.Sounds[0].Anchor);
        Assert.Equal(("climax", -0.5), (((MusicAnchor.Marker)shot.Sounds[1].Anchor!).Name, shot.Sounds[1].Anchor!.OffsetSeconds));
        Assert.Null(shot.Sounds[2].Anchor);
        Assert.Equal(0.5, shot.Sounds[2].AtSeconds);
    }

    [Fact]
    public void A_marker_no_track_names_gets_a_did_you_mean()
    {
        var problems = project.Problems(Film(Score + "\n    markers: [{ at: 2, name: climax }]", sfx: "sfx: [{ at: { marker: climx }, effect: whoosh }]"));

        var problem = Assert.Single(problems);
        Assert.EndsWith("shot 'workshop' sfx: no music track names marker 'climx'; did you mean 'climax'? (markers: climax)", problem);
    }

    [Fact]
    public void A_beat_in_a_film_without_music_is_an_error_at_the_cue()
    {
        var problem = Assert.Single(project.Problems(Film("", sfx: "sfx: [{ at: { beat: 2 }, effect: whoosh }]")));

        Assert.EndsWith("shot 'workshop' sfx: a beat needs a music track, and the film has none", problem);
    }

    [Fact]
    public void Marker_names_are_one_list_for_the_film()
    {
        var problem = Assert.Single(project.Problems(Film(Score + "\n    markers: [{ at: 1, name: climax }]\n  - id: sting\n    file: music/score.ogg\n    markers: [{ at: 2, name: climax }]")));

        Assert.Contains("music 'sting': marker 'climax' is already named on line 6", problem);
    }
}
