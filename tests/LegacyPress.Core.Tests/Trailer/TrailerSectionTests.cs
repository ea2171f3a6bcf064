using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Tests.Building;

namespace LegacyPress.Core.Tests.Trailer;

public sealed class TrailerSectionTests : IDisposable
{
    private readonly string project = Directory.CreateTempSubdirectory("legacypress-trailer-section-").FullName;

    private const string Film = """
        schema: 1
        title: Legacy
        acts:
          - title: One
            shots:
              - id: workshop
                image: images/a.jpg
                narration: "My grandfather's workshop smelled of oil. Nobody had opened it."
              - id: storm
                image: images/a.jpg
                narration: "Between the worlds there was a storm."
        """;

    public TrailerSectionTests()
    {
        Directory.CreateDirectory(Path.Combine(project, "images"));
        Directory.CreateDirectory(Path.Combine(project, "music"));
        File.WriteAllText(Path.Combine(project, "images", "a.jpg"), "FakeMedia decodes anything");
        File.WriteAllText(Path.Combine(project, "music", "trailer.ogg"), "FakeMedia decodes anything");
    }

    public void Dispose() => Directory.Delete(project, recursive: true);

    private LoadResult Load(string trailer)
    {
        File.WriteAllText(Path.Combine(project, FilmLoader.FileName), Film + "\n" + trailer);
        return new FilmLoader(new FakeMedia(audioSeconds: 120)).Load(project, FilmLoader.FileName);
    }

    [Fact]
    public void No_section_leaves_everything_to_the_planner()
    {
        var loaded = Load("");

        Assert.True(loaded.Ok);
        Assert.Equal(TrailerSettings.Default, loaded.Film!.Trailer);
    }

    [Fact]
    public void Section_pins_length_shots_lines_music_closing_and_sting()
    {
        var loaded = Load("""
            trailer:
              length: 30
              shots: [storm, workshop]
              lines:
                - "Nobody had opened it."
                - "Between the worlds   there was a storm."
              music: { file: music/trailer.ogg, offset: 12, gain_db: -3 }
              closing: { text: "In cinemas this winter", link: "https://legacy-film.example" }
              sting: rumble
            """);

        Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));
        var t = loaded.Film!.Trailer;
        Assert.Equal(30, t.LengthSeconds);
        Assert.Equal(["storm", "workshop"], t.Shots);
        Assert.Equal([new TrailerLine("workshop", "Nobody had opened it."), new TrailerLine("storm", "Between the worlds there was a storm.")], t.Lines!);
        Assert.Equal(new TrailerMusic("music/trailer.ogg", 12, -3, 120), t.Music);
        Assert.Equal(new ClosingCardText("In cinemas this winter", "https://legacy-film.example"), t.Closing);
        Assert.Equal("rumble", t.Sting);
    }

    [Fact]
    public void Lines_false_and_sting_false_silence_them()
    {
        var t = Load("trailer: { lines: false, sting: false }").Film!.Trailer;

        Assert.Equal([], t.Lines!);
        Assert.Null(t.Sting);
    }

    [Fact]
    public void Problems_are_reported_at_their_line_with_a_did_you_mean()
    {
        var loaded = Load("""
            trailer:
              length: 500
              shots:
                - storm
                - workshp
              lines:
                - "smelled of oil"
              sting: impakt
              colour: red
            """);

        Assert.Equal(
        [
            "film.yaml:13:11: trailer: 'length' must be between 15 and 180, got 500",
            "film.yaml:16:7: trailer: 'shots' names shot 'workshp', which the film does not have; did you mean 'workshop'?",
            "film.yaml:18:7: trailer: line 'smelled of oil' is not a whole sentence of any shot's narration (the trailer speaks whole sentences only, so no word is cut)",
            "film.yaml:19:10: trailer: unknown sound effect 'impakt'; did you mean 'impact'? (known: whoosh, impact, clock-tick, steam-hiss, wind, shimmer, heartbeat, portal-hum, gear-clank, rumble)",
            "film.yaml:20:3: trailer: unknown key 'colour'",
        ], loaded.Diagnostics.Select(d => d.ToString()));
    }
}
