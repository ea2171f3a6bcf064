using LegacyPress.Core.Captions;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Core.Tests.Captions;

public class CaptionPlannerTests
{
    private static NarrationSpan Line(string text, double start, double seconds) =>
        new("shot", new Narration(text, null, "narrator", seconds), start, seconds, false);

    [Fact]
    public void Every_line_fits_42_characters_and_every_cue_two_lines()
    {
        var text = "Light poured out of it and folded the air, until there was a door where the wall had been. " +
                   "I should have been afraid. Instead I heard my grandfather's voice in my head, telling me to go on, then, and see.";
        var cues = CaptionPlanner.Plan([Line(text, 10, 14)], CaptionRules.Default);

        Assert.True(cues.Count >= 3);
        Assert.All(cues, c =>
        {
            Assert.InRange(c.Lines.Count, 1, 2);
            Assert.All(c.Lines, l => Assert.True(l.Length <= 42, $"'{l}' is {l.Length} characters"));
        });
    }

    [Fact]
    public void Cues_cover_the_narration_in_order_without_overlap()
    {
        var cues = CaptionPlanner.Plan([Line("One sentence here. Another sentence follows it. And a third one ends it.", 5, 6)], CaptionRules.Default);

        Assert.Equal(5, cues[0].StartSeconds, 6);
        Assert.Equal(11, cues[^1].EndSeconds, 6);
        for (var i = 1; i < cues.Count; i++)
        {
            Assert.True(cues[i].StartSeconds >= cues[i - 1].EndSeconds - 1e-9);
        }
        Assert.Equal("One sentence here. Another sentence follows it. And a third one ends it.",
            string.Join(' ', cues.SelectMany(c => c.Lines)));
    }

    [Fact]
    public void No_cue_is_shorter_than_one_second()
    {
        var cues = CaptionPlanner.Plan([Line("Go. Now. Quickly, before the door closes behind us forever.", 0, 2.5)], CaptionRules.Default);

        Assert.All(cues, c => Assert.True(c.DurationSeconds >= 1 - 1e-9, $"cue {c.Number} lasts {c.DurationSeconds} s"));
    }

    [Fact]
    public void A_word_longer_than_a_line_is_broken()
    {
        var lines = CaptionPlanner.Wrap(new string('x', 60), CaptionRules.Default);

        Assert.All(lines, l => Assert.True(l.Length <= 42));
        Assert.Equal(60, lines.Sum(l => l.Length));
    }

    [Fact]
    public void Srt_and_vtt_use_their_own_time_formats()
    {
        var cues = new[] { new CaptionCue(1, 61.5, 3723.0456, ["Hello", "world"]) };

        Assert.Equal("1\n00:01:01,500 --> 01:02:03,046\nHello\nworld\n\n", SubtitleWriter.ToSrt(cues));
        Assert.Equal("WEBVTT\n\n00:01:01.500 --> 01:02:03.046\nHello\nworld\n\n", SubtitleWriter.ToVtt(cues));
    }
}
