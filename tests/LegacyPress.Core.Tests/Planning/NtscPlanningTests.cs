using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using static LegacyPress.Core.Tests.Building.FilmBuilder;

namespace LegacyPress.Core.Tests.Planning;

/// <summary>At 29.97 (30000/1001) the plan counts whole frames and turns them into seconds exactly, as the MP4 will play them.</summary>
public sealed class NtscPlanningTests
{
    private static readonly FrameRate Ntsc30 = FrameRate.Ntsc(30);

    private static Timeline PlanOk(Film film)
    {
        var result = TimelinePlanner.Plan(film);
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        return result.Timeline!;
    }

    [Fact]
    public void Three_minutes_of_three_second_shots_stay_on_the_frame_grid_without_drift()
    {
        var shots = Enumerable.Range(0, 60).Select(i => Shot($"s{i}", 3).SaysFor(1.5)).ToArray();

        var t = PlanOk(WithoutCards.Fps(Ntsc30).Act("One", shots));

        // 3 s is 89.91 frames: every shot gets 90, and the 60th starts on frame 59 × 90, not a frame off.
        Assert.All(t.Segments, s => Assert.Equal(90, s.FrameCount));
        Assert.Equal(Enumerable.Range(0, 60).Select(i => i * 90), t.Segments.Select(s => s.StartFrame));
        Assert.Equal(5400, t.TotalFrames);
        // 5400 × 1001 / 30000: the file's own length. 5400 / 29.97 would be 180.1802 s, 0.2 ms a minute adrift of it.
        Assert.Equal(180.18, t.RuntimeSeconds);
        Assert.Equal(177.177, t.Seconds(t.Segments[^1].StartFrame), 12);
        Assert.Equal(177.177 + 0.5, t.Narration[^1].StartSeconds, 12);
    }

    [Theory]
    [InlineData(30, 60, 1798)]
    [InlineData(30, 180, 5395)]
    [InlineData(24, 180, 4316)]
    [InlineData(60, 300, 17982)]
    public void A_long_shot_is_its_length_rounded_once_to_the_exact_rate(int nominal, double seconds, int frames)
    {
        var rate = FrameRate.Ntsc(nominal);

        var t = PlanOk(WithoutCards.Fps(rate).Act("One", Shot("long", seconds)));

        Assert.Equal(frames, t.TotalFrames);
        Assert.Equal(frames * 1001.0 / (nominal * 1000), t.RuntimeSeconds, 12);
        Assert.True(Math.Abs(t.RuntimeSeconds - seconds) <= rate.Seconds(1) / 2, $"{t.RuntimeSeconds} s is more than half a frame from {seconds} s");
    }
}
