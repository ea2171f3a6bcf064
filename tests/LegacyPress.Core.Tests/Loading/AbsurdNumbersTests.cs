using LegacyPress.Core.Loading;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Tests.Building;

namespace LegacyPress.Core.Tests.Loading;

/// <summary>Times beyond the longest film, shorter than a frame, or not finite are located problems (docs/limits.md).</summary>
public sealed class AbsurdNumbersTests : IDisposable
{
    private readonly string project = Directory.CreateTempSubdirectory("legacypress-numbers-").FullName;

    public AbsurdNumbersTests()
    {
        Directory.CreateDirectory(Path.Combine(project, "images"));
        File.WriteAllText(Path.Combine(project, "images", "a.jpg"), "FakeMedia decodes anything");
    }

    public void Dispose() => Directory.Delete(project, recursive: true);

    /// <summary>Loads and plans a one-shot film whose shot ends with <paramref name="shotLines"/> (from line 9).</summary>
    private List<string> Problems(string shotLines)
    {
        File.WriteAllText(Path.Combine(project, FilmLoader.FileName), "schema: 1\ntitle: Legacy\nacts:\n  - title: One\n    shots:\n      - id: a\n        image: images/a.jpg\n" + shotLines + "\n");
        var loaded = new FilmLoader(new FakeMedia()).Load(project, FilmLoader.FileName);
        if (!loaded.Ok)
        {
            return loaded.Diagnostics.Select(d => d.ToString()).ToList();
        }
        return TimelinePlanner.Plan(loaded.Film!).Diagnostics.Select(d => d.Message).ToList();
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("14400.5")]
    public void A_shot_longer_than_the_longest_film_is_refused_at_its_duration(string seconds)
    {
        var problem = Assert.Single(Problems($"        duration: {seconds}"));

        Assert.StartsWith("film.yaml:8:19:", problem);
        Assert.Contains("at most 14400 s (4 hours)", problem);
    }

    [Fact]
    public void A_shot_shorter_than_a_frame_is_refused()
    {
        var problems = Problems("        duration: 1e-300");

        Assert.Contains(problems, p => p.Contains("shot 'a': is shorter than one frame", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(".nan")]
    [InlineData(".inf")]
    [InlineData("-.inf")]
    public void Not_a_finite_number_is_not_a_duration(string value)
    {
        var problem = Assert.Single(Problems($"        duration: {value}"));

        Assert.Contains("must be seconds", problem);
    }

    [Fact]
    public void Sound_lasting_past_the_end_of_the_film_is_refused()
    {
        var problem = Assert.Single(Problems("        duration: 3\n        sfx:\n          - at: 1\n            effect: wind\n            duration: 10"));

        Assert.Contains("past the end of the film", problem);
    }

    [Fact]
    public void A_film_over_four_hours_is_refused_even_when_each_shot_is_not()
    {
        var problem = Assert.Single(Problems("        duration: 14000\n      - id: b\n        image: images/a.jpg\n        duration: 14000"));

        Assert.Contains("at most 14400 s (4 hours) long", problem);
    }

    [Fact]
    public void Huge_numbers_are_shown_in_exponent_form()
    {
        Assert.Equal("1E+308", MappingReader.Format(1e308));
        Assert.Equal("6.5", MappingReader.Format(6.5));
    }
}
