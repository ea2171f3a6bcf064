using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Release.Running;

namespace LegacyPress.Release.Tests.Running;

public sealed class FilmRangeTests
{
    private static readonly Timeline FourSeconds = new(new FrameRate(30), [], [], [], [], 120);

    [Theory]
    [InlineData(null, 2.0)]
    [InlineData(1.0, null)]
    [InlineData(0.0, 4.0)]
    public void A_range_on_the_film_has_no_problem(double? from, double? to) =>
        Assert.Null(new FilmRange(from, to).Problem(FourSeconds));

    [Fact]
    public void Both_ends_past_the_film_are_reported_together() =>
        Assert.Equal(
            "--from: 50 s is past the film's end (4 s); its last frame starts at 3.967 s; --to: 60 s is past the film's end (4 s); its last frame starts at 3.967 s",
            new FilmRange(50, 60).Problem(FourSeconds));

    [Fact]
    public void A_range_thinner_than_a_frame_says_how_far_apart_frames_are() =>
        Assert.Equal(
            "--from 1 s to --to 1.001 s holds no whole frame (frames are 0.033 s apart at 30 fps)",
            new FilmRange(1, 1.001).Problem(FourSeconds));

    [Theory]
    [InlineData(0.5, 2.0, "film-preview.mp4", "film-preview-0.5-2.mp4")]
    [InlineData(0.5, 2.0, "film.mp4", "film-0.5-2.mp4")]
    [InlineData(10.0, null, "film-preview.mp4", "film-preview-10-end.mp4")]
    [InlineData(null, 3.25, "trailer-square.mp4", "trailer-square-0-3.25.mp4")]
    public void A_range_is_named_for_itself_beside_the_whole_cuts_file(double? from, double? to, string whole, string expected)
    {
        Assert.Equal(expected, new FilmRange(from, to).Named(whole));
        Assert.Equal(expected, new ReleaseSettings(".", "out") { Range = new FilmRange(from, to) }.VideoFileName(whole));
        Assert.Equal(whole, new ReleaseSettings(".", "out").VideoFileName(whole));
    }
}
