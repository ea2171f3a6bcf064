using LegacyPress.Core.Captions;

namespace LegacyPress.Core.Tests.Captions;

public class CaptionRangeTests
{
    private static CaptionCue Cue(int number, double start, double end) => new(number, start, end, [$"cue {number}"]);

    private static readonly CaptionCue[] Film = [Cue(1, 0.5, 1.5), Cue(2, 1.5, 3.0), Cue(3, 3.2, 4.8), Cue(4, 5.0, 6.0), Cue(5, 7.0, 8.0)];

    [Fact]
    public void Cues_inside_the_range_keep_their_length_and_count_from_its_start()
    {
        var cues = CaptionRange.Clip(Film, 3.0, 7.0);

        Assert.Equal(["cue 3", "cue 4"], cues.Select(c => c.Lines[0]));
        Assert.Equal((0.2, 1.8), (cues[0].StartSeconds, cues[0].EndSeconds), Tolerance);
        Assert.Equal((2.0, 3.0), (cues[1].StartSeconds, cues[1].EndSeconds), Tolerance);
    }

    [Fact]
    public void Cues_across_an_edge_are_clipped_to_the_range()
    {
        var cues = CaptionRange.Clip(Film, 2.0, 5.5);

        Assert.Equal(["cue 2", "cue 3", "cue 4"], cues.Select(c => c.Lines[0]));
        // Cue 2 (1.5–3.0 s) was on screen when the range began; cue 4 (5.0–6.0 s) when it ended.
        Assert.Equal((0.0, 1.0), (cues[0].StartSeconds, cues[0].EndSeconds), Tolerance);
        Assert.Equal((3.0, 3.5), (cues[2].StartSeconds, cues[2].EndSeconds), Tolerance);
    }

    [Fact]
    public void Cues_that_only_touch_the_range_are_dropped_and_the_rest_numbered_from_one()
    {
        // Cue 2 ends exactly where the range starts, cue 5 starts exactly where it ends: neither is on screen in it.
        var cues = CaptionRange.Clip(Film, 3.0, 7.0);

        Assert.Equal([1, 2], cues.Select(c => c.Number));
    }

    [Fact]
    public void A_range_between_cues_has_none()
    {
        Assert.Empty(CaptionRange.Clip(Film, 6.0, 7.0));
    }

    [Fact]
    public void The_whole_film_as_a_range_is_the_film_s_cues()
    {
        Assert.Equal(Film.Select(c => (c.Number, c.StartSeconds, c.EndSeconds)), CaptionRange.Clip(Film, 0, 8.0).Select(c => (c.Number, c.StartSeconds, c.EndSeconds)));
    }

    private static readonly IEqualityComparer<(double, double)> Tolerance = EqualityComparer<(double, double)>.Create(
        (a, b) => Math.Abs(a.Item1 - b.Item1) < 1e-9 && Math.Abs(a.Item2 - b.Item2) < 1e-9);
}
