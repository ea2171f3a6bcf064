using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Core.Tests.Planning;

public sealed class FilmTimeBoundsTests
{
    // Four seconds at 30 fps: frames 0..119, the last starting at 3.967 s.
    private static readonly Timeline FourSeconds = new(new FrameRate(30), [], [], [], [], 120);

    [Theory]
    [InlineData(0)]
    [InlineData(2.5)]
    [InlineData(3.99)]
    public void A_time_before_the_end_shows_a_frame(double seconds) =>
        Assert.Null(FilmTimeBounds.Frame("--at", seconds, FourSeconds));

    [Fact]
    public void A_time_past_the_end_names_the_option_the_end_and_the_last_frame() =>
        Assert.Equal(
            "--at: 1000 s is past the film's end (4 s); its last frame starts at 3.967 s",
            FilmTimeBounds.Frame("--at", 1000, FourSeconds));

    [Fact]
    public void The_end_itself_shows_no_frame() =>
        Assert.Equal(
            "--at: 4 s is at the film's end (4 s); its last frame starts at 3.967 s",
            FilmTimeBounds.Frame("--at", 4, FourSeconds));

    [Fact]
    public void A_range_may_end_at_the_film_s_end_but_not_past_it()
    {
        Assert.Null(FilmTimeBounds.End("--to", 4, FourSeconds));
        Assert.StartsWith("--to: 4.5 s is past the film's end (4 s)", FilmTimeBounds.End("--to", 4.5, FourSeconds));
    }
}
