using LegacyPress.Core.Platforms;

namespace LegacyPress.Core.Tests.Platforms;

public sealed class YouTubeLimitsTests
{
    [Fact]
    public void Tags_count_commas_between_and_quotes_around_tags_with_spaces() =>
        // steampunk(9) + ,(1) + "short film"(10+2) = 22
        Assert.Equal(22, YouTubeLimits.TagsLength(["steampunk", "short film"]));

    [Fact]
    public void No_tags_count_nothing() => Assert.Equal(0, YouTubeLimits.TagsLength([]));

    [Fact]
    public void Characters_are_what_a_reader_sees_not_UTF16_units() =>
        // "é" as e + combining acute, and an emoji outside the BMP: one character each.
        Assert.Equal(3, YouTubeLimits.Characters("e\u0301a\U0001F3AC"));

    [Fact]
    public void The_platform_numbers_are_the_documented_ones()
    {
        var limits = YouTubeLimits.Default;

        Assert.Equal((100, 5000, 500), (limits.TitleMaxCharacters, limits.DescriptionMaxBytes, limits.TagsMaxCharacters));
        Assert.Equal(2_000_000, limits.ThumbnailMaxBytes);
        Assert.Equal("<>", YouTubeLimits.ForbiddenCharacters);
    }
}
