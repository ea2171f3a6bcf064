using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Composition;

namespace LegacyPress.Render.Tests.Composition;

public class FrameScheduleTests
{
    // Card A on frames 0-29, card B on 20-49: a 10-frame crossfade on 20-29, then B alone, then a cut to C at 50.
    private static readonly Timeline Film = new(
        new FrameRate(30),
        [
            new CardSegment(0, 0, 30, new Card.ActTitle(1, "A")),
            new CardSegment(1, 20, 30, new Card.ActTitle(2, "B")),
            new CardSegment(2, 50, 10, new Card.ActTitle(3, "C")),
        ],
        [new TransitionSpan(0, 1, new TransitionSpec("crossfade", 10 / 30.0, Easing.Linear), 20, 10)],
        [],
        [],
        60);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(19, 0)]
    [InlineData(30, 1)]
    [InlineData(49, 1)]
    [InlineData(50, 2)]
    [InlineData(59, 2)]
    public void Outside_an_overlap_one_segment_is_on_screen(int frame, int segment)
    {
        var content = Assert.IsType<FrameContent.Single>(new FrameSchedule(Film).At(frame));
        Assert.Equal(segment, content.Segment.Index);
    }

    [Fact]
    public void In_an_overlap_both_segments_blend_and_every_frame_is_a_real_mix()
    {
        var schedule = new FrameSchedule(Film);

        var first = Assert.IsType<FrameContent.Blend>(schedule.At(20));
        var last = Assert.IsType<FrameContent.Blend>(schedule.At(29));

        Assert.Equal((0, 1), (first.Outgoing.Index, first.Incoming.Index));
        Assert.Equal(1 / 11.0, first.Progress, 12);
        Assert.Equal(10 / 11.0, last.Progress, 12);
    }

    [Fact]
    public void Progress_is_eased_by_the_transition_easing()
    {
        var span = new TransitionSpan(0, 1, new TransitionSpec("crossfade", 1, Easing.EaseIn), 100, 9);

        Assert.Equal(0.25, FrameSchedule.Progress(span, 104), 12);
    }
}
