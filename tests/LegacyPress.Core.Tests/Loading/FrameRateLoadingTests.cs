using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Tests.Building;

namespace LegacyPress.Core.Tests.Loading;

/// <summary>output.fps as film.yaml spells it becomes an exact fraction, or a problem reported at the value.</summary>
public sealed class FrameRateLoadingTests : IDisposable
{
    private readonly string project = Directory.CreateTempSubdirectory("legacypress-fps-").FullName;

    public FrameRateLoadingTests()
    {
        Directory.CreateDirectory(Path.Combine(project, "images"));
        File.WriteAllText(Path.Combine(project, "images", "a.jpg"), "FakeMedia decodes anything");
    }

    public void Dispose() => Directory.Delete(project, recursive: true);

    /// <summary>Loads a film whose only doubtful value is fps, written on line 4 from column 8.</summary>
    private LoadResult Load(string? fps)
    {
        var output = fps is null ? "output:\n  preset: preview" : $"output:\n  fps: {fps}";
        File.WriteAllText(Path.Combine(project, FilmLoader.FileName), $"""
            schema: 1
            title: Legacy
            {output}
            acts:
              - title: One
                shots:
                  - id: workshop
                    image: images/a.jpg
                    duration: 2
            """);
        return new FilmLoader(new FakeMedia()).Load(project, FilmLoader.FileName);
    }

    [Theory]
    [InlineData("24", 24, 1)]
    [InlineData("25", 25, 1)]
    [InlineData("30.0", 30, 1)]
    [InlineData("240", 240, 1)]
    [InlineData("1", 1, 1)]
    [InlineData("29.97", 30000, 1001)]
    [InlineData("23.976", 24000, 1001)]
    [InlineData("23.98", 24000, 1001)]
    [InlineData("59.94", 60000, 1001)]
    [InlineData("119.88", 120000, 1001)]
    [InlineData("30000/1001", 30000, 1001)]
    [InlineData("24000/1001", 24000, 1001)]
    [InlineData("\"30000/1001\"", 30000, 1001)]
    [InlineData("'60000/1001'", 60000, 1001)]
    [InlineData("30000 / 1001", 30000, 1001)]
    [InlineData("60/2", 30, 1)]
    [InlineData("12.5", 25, 2)]
    [InlineData("7.25", 29, 4)]
    public void Each_spelling_is_read_as_its_exact_fraction(string fps, int numerator, int denominator)
    {
        var loaded = Load(fps);

        Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(new FrameRate(numerator, denominator), loaded.Film!.Output.FrameRate);
    }

    [Fact]
    public void No_fps_is_the_default_30()
    {
        var loaded = Load(null);

        Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(new FrameRate(30, 1), loaded.Film!.Output.FrameRate);
        Assert.Equal(FilmDefaults.FrameRate, loaded.Film.Output.FrameRate);
    }

    [Theory]
    [InlineData("0", "'fps' must be between 1 and 240 frames per second, got 0")]
    [InlineData("-24", "'fps' must be between 1 and 240 frames per second, got -24")]
    [InlineData("0.5", "'fps' must be between 1 and 240 frames per second, got 0.5")]
    [InlineData("241", "'fps' must be between 1 and 240 frames per second, got 241")]
    [InlineData("1e30", "'fps' must be between 1 and 240 frames per second, got 1e30")]
    [InlineData("0/1001", "'fps' must be between 1 and 240 frames per second, got 0/1001 (0)")]
    [InlineData("300000/1001", "'fps' must be between 1 and 240 frames per second, got 300000/1001 (299.7)")]
    [InlineData("30000/0", "'fps' '30000/0' divides by zero")]
    [InlineData("99999999999/1001", "'fps' '99999999999/1001' has a part larger than 2147483647")]
    [InlineData("30000/", "'fps' must be a fraction of two whole numbers like 30000/1001, got '30000/'")]
    [InlineData("/1001", "'fps' must be a fraction of two whole numbers like 30000/1001, got '/1001'")]
    [InlineData("-30000/1001", "'fps' must be a fraction of two whole numbers like 30000/1001, got '-30000/1001'")]
    [InlineData("29.97/1", "'fps' must be a fraction of two whole numbers like 30000/1001, got '29.97/1'")]
    [InlineData("30000/1001/2", "'fps' must be a fraction of two whole numbers like 30000/1001, got '30000/1001/2'")]
    [InlineData("\"30\"", "'fps' must be a number (24, 29.97) or a fraction (30000/1001), got '30' in quotes, which is text")]
    [InlineData("fast", "'fps' must be a number (24, 29.97) or a fraction (30000/1001), got 'fast'")]
    [InlineData("[24]", "'fps' must be a number (24, 29.97) or a fraction (30000/1001), got a list")]
    [InlineData("29.976", "'fps' 29.976 is not a whole, NTSC (23.976, 29.97, 59.94) or simple (12.5) rate; write the rate you mean as a fraction N/D (did you mean 30000/1001?)")]
    [InlineData("33.333", "'fps' 33.333 is not a whole, NTSC (23.976, 29.97, 59.94) or simple (12.5) rate; write the rate you mean as a fraction N/D")]
    public void A_bad_rate_is_reported_at_its_value(string fps, string problem)
    {
        var loaded = Load(fps);

        Assert.Null(loaded.Film);
        Assert.Equal([$"film.yaml:4:8: output: {problem}"], loaded.Diagnostics.Select(d => d.ToString()));
    }
}
