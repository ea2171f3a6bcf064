using LegacyPress.Render.Text;

namespace LegacyPress.Render.Tests.Text;

public sealed class LineBreakerTests
{
    /// <summary>Every character one unit wide: widths are lengths, so expectations read like the text.</summary>
    private static double Monospace(string s) => s.Length;

    [Fact]
    public void Words_fill_each_line_greedily()
    {
        var lines = LineBreaker.Wrap("the quick brown fox jumps over the lazy dog", 10, Monospace);

        Assert.Equal(["the quick", "brown fox", "jumps over", "the lazy", "dog"], lines);
    }

    [Fact]
    public void Explicit_newlines_always_break_and_blank_lines_survive()
    {
        var lines = LineBreaker.Wrap("one\r\ntwo three\n\nfour", 100, Monospace);

        Assert.Equal(["one", "two three", "", "four"], lines);
    }

    [Fact]
    public void An_over_long_word_is_broken_to_the_width()
    {
        var lines = LineBreaker.Wrap("a Donaudampfschifffahrt b", 6, Monospace);

        Assert.Equal(["a", "Donaud", "ampfsc", "hifffa", "hrt b"], lines);
        Assert.All(lines, l => Assert.True(l.Length <= 6));
    }

    [Fact]
    public void Graphemes_are_not_split_when_breaking_a_word()
    {
        // "e" + combining acute is one grapheme of two chars; it must stay together.
        var word = string.Concat(Enumerable.Repeat("e\u0301", 5));

        var lines = LineBreaker.Wrap(word, 4, Monospace);

        Assert.All(lines, l => Assert.Equal(0, l.Length % 2));
        Assert.Equal(word, string.Concat(lines));
    }

    [Fact]
    public void Runs_of_spaces_collapse_and_empty_text_is_one_empty_line()
    {
        Assert.Equal(["a b"], LineBreaker.Wrap("  a    b  ", 10, Monospace));
        Assert.Equal([""], LineBreaker.Wrap("", 10, Monospace));
    }
}
