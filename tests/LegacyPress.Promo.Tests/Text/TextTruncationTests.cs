using LegacyPress.Core.Platforms;
using LegacyPress.Promo.Text;

namespace LegacyPress.Promo.Tests.Text;

public sealed class TextTruncationTests
{
    [Fact]
    public void Prose_is_cut_at_a_word_with_an_ellipsis_inside_the_limit()
    {
        var cut = TextTruncation.Prose("Some inheritances are measured in worlds.", TextCounters.Characters, 25);

        Assert.Equal("Some inheritances are…", cut);
        Assert.True(TextCounters.Characters(cut) <= 25);
    }

    [Fact]
    public void Text_within_the_limit_is_untouched() =>
        Assert.Equal("Short.", TextTruncation.Prose("Short.", TextCounters.Characters, 10));

    [Fact]
    public void Lists_drop_their_last_items()
    {
        var cut = TextTruncation.Lines("alpha\nbeta gamma\ndelta", t => YouTubeLimits.TagsLength(TextCounters.Lines(t)), 18);

        Assert.Equal("alpha\nbeta gamma", cut);
    }
}
