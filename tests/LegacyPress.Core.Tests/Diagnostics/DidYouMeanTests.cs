using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;

namespace LegacyPress.Core.Tests.Diagnostics;

public sealed class DidYouMeanTests
{
    private static readonly string[] ShotKeys = ["id", "image", "duration", "motion", "focus", "fit", "transition", "narration", "sfx", "title", "caption", "prompt", "trailer"];

    [Theory]
    [InlineData("duraton", "duration")]
    [InlineData("DURATON", "duration")]
    [InlineData("captoin", "caption")]
    [InlineData("imgae", "image")]
    [InlineData("narations", "narration")]
    [InlineData("fx", "sfx")]
    public void Suggests_the_nearest_known_word_for_a_typo(string given, string expected)
    {
        Assert.Equal(expected, DidYouMean.Suggest(given, ShotKeys));
    }

    [Theory]
    [InlineData("colour")]
    [InlineData("soundtrack")]
    public void Suggests_nothing_for_an_unrelated_word(string given)
    {
        Assert.Null(DidYouMean.Suggest(given, ShotKeys));
    }

    [Fact]
    public void Suggests_nothing_when_nothing_is_known()
    {
        Assert.Null(DidYouMean.Suggest("duration", []));
    }

    [Theory]
    [InlineData("crosfade", "crossfade")]
    [InlineData("dip-to-blak", "dip-to-black")]
    [InlineData("wipeleft", "wipe-left")]
    public void Finds_transition_names(string given, string expected)
    {
        Assert.Equal(expected, DidYouMean.Suggest(given, TransitionKinds.Known));
    }

    [Theory]
    [InlineData("ab", "ba", 1)]
    [InlineData("tagline", "tagilne", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void A_swap_of_neighbours_counts_as_one_edit(string a, string b, int distance)
    {
        Assert.Equal(distance, DidYouMean.Distance(a, b));
    }

    [Fact]
    public void Hint_is_a_message_tail_or_nothing()
    {
        Assert.Equal("; did you mean 'duration'?", DidYouMean.Hint("duraton", ShotKeys));
        Assert.Equal("", DidYouMean.Hint("colour", ShotKeys));
    }
}
