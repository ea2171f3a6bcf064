using LegacyPress.Promo.Text;

namespace LegacyPress.Promo.Tests.Text;

public sealed class TextCountersTests
{
    [Fact]
    public void X_counts_every_link_as_23_whatever_its_length()
    {
        var text = "Watch it: https://legacy-film.example/a/very/long/path/that/goes/on/and/on?with=query";

        Assert.Equal("Watch it: ".Length + 23, TextCounters.XWeightedLength(text));
    }

    [Fact]
    public void X_counts_CJK_and_emoji_double() => Assert.Equal(2 + 2 + 1, TextCounters.XWeightedLength("世界!"));

    [Fact]
    public void Characters_are_what_a_reader_sees_and_bytes_are_UTF8() =>
        Assert.Equal((5, 7), (TextCounters.Characters("héllo" + ""), TextCounters.Utf8Bytes("héllo") + 1));

    [Fact]
    public void Hashtags_are_counted_but_not_anchors_or_entities() =>
        Assert.Equal(2, TextCounters.Hashtags("#Legacy and #ShortFilm, see page#anchor &#35;"));
}
