using LegacyPress.Promo.Tests.Support;
using LegacyPress.Promo.Text;

namespace LegacyPress.Promo.Tests.Text;

public sealed class ChapterPlannerTests
{
    [Fact]
    public void A_short_opening_title_belongs_to_the_first_act_which_starts_at_zero()
    {
        var timeline = Timelines.At(30).Opening(5).ActCard(3).Act("Legacy", 40).ActCard(3).Act("Discovery", 50).ActCard(3).Act("Journey", 60).Credits(20).Build();

        var chapters = ChapterPlanner.Plan(timeline);

        Assert.Equal(
            ["0:00 Act I: Legacy", "0:48 Act II: Discovery", "1:41 Act III: Journey", "2:44 End credits"],
            chapters.Select(c => c.ToString()));
    }

    [Fact]
    public void Chapters_shorter_than_ten_seconds_merge_into_the_one_before()
    {
        var timeline = Timelines.At(24).Act("One", 30).Act("Two", 8).Act("Three", 30).Act("Four", 30).Credits(6).Build();

        var chapters = ChapterPlanner.Plan(timeline);

        Assert.Equal(["0:00 Act I: One", "0:38 Act III: Three", "1:08 Act IV: Four"], chapters.Select(c => c.ToString()));
    }

    [Fact]
    public void Fewer_than_three_chapters_give_none()
    {
        var timeline = Timelines.At(30).Act("One", 60).Act("Two", 60).Build();

        Assert.Empty(ChapterPlanner.Plan(timeline));
    }

    [Fact]
    public void Sample_film_chapters_keep_every_YouTube_rule_and_match_its_acts()
    {
        var timeline = SampleFilm.Timeline;

        var chapters = ChapterPlanner.Plan(timeline);

        Assert.True(chapters.Count >= 3);
        Assert.Equal(0, chapters[0].StartSeconds);
        var ends = chapters.Skip(1).Select(c => c.StartSeconds).Append((int)timeline.RuntimeSeconds);
        Assert.All(chapters.Zip(ends), pair => Assert.True(pair.Second - pair.First.StartSeconds >= 10, pair.First.ToString()));
        Assert.Equal(SampleFilm.Film.Acts.Select(a => a.Title), chapters.Where(c => c.Title.StartsWith("Act", StringComparison.Ordinal)).Select(c => c.Title.Split(": ")[1]));
        // Each act's chapter starts where the timeline puts its act card.
        var actCards = timeline.Segments.OfType<LegacyPress.Core.Planning.CardSegment>().Where(c => c.Card is LegacyPress.Core.Planning.Card.ActTitle).ToList();
        Assert.Equal(actCards.Skip(1).Select(c => (int)Math.Floor(timeline.Seconds(c.StartFrame))), chapters.Skip(1).Take(actCards.Count - 1).Select(c => c.StartSeconds));
    }

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(65, "1:05")]
    [InlineData(3723, "1:02:03")]
    public void Stamps_are_written_the_way_YouTube_parses_them(int seconds, string stamp) =>
        Assert.Equal(stamp, new Chapter(seconds, "x").Stamp);
}
