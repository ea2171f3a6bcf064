using LegacyPress.Promo.Documents.Layout;
using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Tests.Documents;

public class LineSetterTests
{
    private static readonly LineSetter Setter = new(new MonospaceMeasure());
    private static readonly TextStyle Body = TestDocuments.Body;

    private static IReadOnlyList<string> Set(string text, double width) =>
        Setter.Set([new TextRun(text, Body)], width).Select(l => l.Text).ToList();

    [Fact]
    public void Words_fill_a_line_until_the_next_would_overflow()
    {
        // 5 pt a character: 50 pt holds ten.
        Assert.Equal(["one two", "three four", "five"], Set("one two three four five", 50));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_between_characters()
    {
        Assert.Equal(["abcdefghij", "klmno end"], Set("abcdefghijklmno end", 50));
    }

    [Fact]
    public void Hyphenated_words_may_break_after_the_hyphen()
    {
        Assert.Equal(["well-", "known", "fact"], Set("well-known fact", 45));
    }

    [Fact]
    public void Ideographs_break_anywhere_without_spaces()
    {
        var lines = Set("遗产是以世界来衡量的", 20);
        Assert.Equal(["遗产是以", "世界来衡", "量的"], lines);
    }

    [Fact]
    public void A_new_line_in_the_text_forces_a_break()
    {
        Assert.Equal(["a", "b"], Set("a\nb", 100));
    }

    [Fact]
    public void Runs_of_different_styles_share_a_line_and_keep_their_positions()
    {
        var bold = Body with { Bold = true };
        var line = Assert.Single(Setter.Set([new TextRun("plain ", Body), new TextRun("bold", bold), new TextRun(" tail", Body)], 200));
        Assert.Equal(["plain ", "bold", " tail"], line.Pieces.Select(p => p.Text));
        Assert.Equal([0.0, 30.0, 50.0], line.Pieces.Select(p => p.X));
        Assert.Equal(75, line.WidthPoints);
    }

    [Fact]
    public void No_break_between_runs_that_touch_without_a_space()
    {
        var bold = Body with { Bold = true };
        var lines = Setter.Set([new TextRun("aaaa ", Body), new TextRun("bb", bold), new TextRun("cc", Body)], 30);
        Assert.Equal(["aaaa", "bbcc"], lines.Select(l => l.Text));
    }
}
