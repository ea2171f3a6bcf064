using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Scaffolding;
using LegacyPress.Core.Tests.Building;

namespace LegacyPress.Core.Tests.Scaffolding;

public sealed class StarterFilmTests : IDisposable
{
    private readonly string project = Path.Combine(Path.GetTempPath(), "legacypress-starter-" + Guid.NewGuid().ToString("N")[..8]);

    public StarterFilmTests() => Directory.CreateDirectory(Path.Combine(project, "images"));

    public void Dispose() => Directory.Delete(project, recursive: true);

    private LoadResult Load(string yaml, params string[] images)
    {
        foreach (var image in images)
        {
            File.WriteAllBytes(Path.Combine(project, "images", image), [0]);
        }
        File.WriteAllText(Path.Combine(project, FilmLoader.FileName), yaml);
        return new FilmLoader(new FakeMedia()).Load(project);
    }

    [Fact]
    public void The_starter_film_loads_and_plans_as_written_with_every_shot_as_given()
    {
        var shots = new[]
        {
            new StarterShot("dawn", "images/dawn.jpg", new FocusPoint(0.3, 0.45), "The first light"),
            new StarterShot("dusk", "images/dusk: the end \"final\".png", new FocusPoint(0.72, 0.5)),
        };

        var loaded = Load(StarterFilm.Yaml("Two \"Days\": a test\nfilm", shots), "dawn.jpg", "dusk: the end \"final\".png");

        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics));
        var film = loaded.Film!;
        Assert.Equal("Two \"Days\": a test\nfilm", film.Metadata.Title);
        Assert.Equal(["dawn", "dusk"], film.Shots.Select(s => s.Id));
        Assert.Equal([shots[0].Image, shots[1].Image], film.Shots.Select(s => s.ImagePath));
        Assert.Equal([shots[0].Focus, shots[1].Focus], film.Shots.Select(s => s.Focus));
        Assert.Equal("The first light", film.Shots.First().Caption);
        Assert.True(TimelinePlanner.Plan(film).Ok);
    }

    [Fact]
    public void Every_shot_lasts_the_starter_length()
    {
        var loaded = Load(StarterFilm.Yaml("Film", [new StarterShot("a", "images/a.jpg", FocusPoint.Centre)]), "a.jpg");

        var timeline = TimelinePlanner.Plan(loaded.Film!).Timeline!;

        Assert.Equal(StarterFilm.ShotSeconds * 30, timeline.Shots.Single().FrameCount);
    }

    [Theory]
    [InlineData("my-first_film", "My First Film")]
    [InlineData("film", "Film")]
    [InlineData("---", "Untitled Film")]
    public void The_title_comes_from_the_folder_name(string folder, string title)
    {
        Assert.Equal(title, StarterFilm.TitleFor(folder));
    }

    [Fact]
    public void The_schema_modeline_is_the_first_line_and_replaces_one_that_was_there()
    {
        Assert.Equal("# yaml-language-server: $schema=./film.schema.json\nschema: 1\n", SchemaModeline.Apply("schema: 1\n", "./film.schema.json"));
        Assert.Equal(
            "# yaml-language-server: $schema=./film.schema.json\n# a comment\nschema: 1\n",
            SchemaModeline.Apply("# yaml-language-server: $schema=../../docs/film.schema.json\n# a comment\nschema: 1\n", "./film.schema.json"));
    }
}
