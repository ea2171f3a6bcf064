using LegacyPress.Promo.Layout;

namespace LegacyPress.Promo.Tests.Layout;

/// <summary>How promo type fits its box: wrap, shrink to the floor, the short title, and only then broken words or an ellipsis.</summary>
public sealed class TitleFitTests
{
    private static TextStyle Style(double min, double max, int maxLines, HorizontalAlign align = HorizontalAlign.Center) =>
        new(min, max, 1.0, 0, maxLines, align, VerticalAlign.Middle);

    [Fact]
    public void A_title_too_long_for_one_line_wraps_instead_of_losing_words()
    {
        // "THE LAST KEEPER" is 15 × 0.5 em: one line would need a size of 40 in 300 px, below the minimum of 50.
        var fit = BoxFit.Fit(["THE LAST KEEPER"], 300, 200, Style(50, 100, 2), MonospaceInk.Measure);

        Assert.Equal(["THE LAST", "KEEPER"], fit.Lines);
        Assert.InRange(fit.Size, 74, 75); // "THE LAST": 8 × 0.5 em ≤ 300 px
        Assert.False(fit.Compromised);
    }

    [Fact]
    public void A_subtitle_after_a_colon_gets_a_line_of_its_own()
    {
        // 20 px a grapheme: the whole title is 600 px, more than the line's 500.
        var lines = TitleLines.Wrap("LEGACY: JOURNEY BETWEEN WORLDS", 500, s => MonospaceInk.Width(s, 40), breakInsideWords: false);

        Assert.Equal(["LEGACY", "JOURNEY BETWEEN WORLDS"], lines);
        Assert.Equal(["LEGACY: JOURNEY"], TitleLines.Wrap("LEGACY: JOURNEY", 500, s => MonospaceInk.Width(s, 40), breakInsideWords: false));
    }

    [Fact]
    public void Lines_are_evened_out_so_no_word_is_left_alone()
    {
        var greedy = TitleLines.Wrap("THE EXTRAORDINARY VOYAGE OF THE NEMO", 600, s => MonospaceInk.Width(s, 40), breakInsideWords: false)!;

        var even = TitleLines.Balance("THE EXTRAORDINARY VOYAGE OF THE NEMO", greedy, 600, s => MonospaceInk.Width(s, 40), breakInsideWords: false);

        Assert.Equal(["THE EXTRAORDINARY VOYAGE OF", "THE NEMO"], greedy);
        Assert.Equal(["THE EXTRAORDINARY", "VOYAGE OF THE NEMO"], even);
    }

    [Fact]
    public void The_short_title_is_set_when_the_title_does_not_fit_at_the_minimum()
    {
        var fit = BoxFit.Fit(["THE EXTRAORDINARY VOYAGE OF CAPTAIN NEMO", "NEMO"], 300, 60, Style(30, 60, 1), MonospaceInk.Measure);

        Assert.Equal(1, fit.Candidate);
        Assert.Equal(["NEMO"], fit.Lines);
        Assert.False(fit.Compromised);
    }

    [Fact]
    public void A_long_word_shrinks_first_and_is_broken_only_below_the_minimum()
    {
        // 24 graphemes × 0.5 em in 300 px: fits at 25 px, above the minimum of 20; at a minimum of 30 it cannot.
        var shrunk = BoxFit.Fit(["DONAUDAMPFSCHIFFFAHRTSKÄ"], 300, 100, Style(20, 60, 2), MonospaceInk.Measure);
        var broken = BoxFit.Fit(["DONAUDAMPFSCHIFFFAHRTSKÄ"], 300, 100, Style(30, 60, 2), MonospaceInk.Measure);

        Assert.Equal(["DONAUDAMPFSCHIFFFAHRTSKÄ"], shrunk.Lines);
        Assert.InRange(shrunk.Size, 24.5, 25);
        Assert.False(shrunk.Compromised);
        Assert.True(broken.WordBroken);
        Assert.False(broken.Truncated);
        Assert.Equal(30, broken.Size);
        Assert.Equal("DONAUDAMPFSCHIFFFAHRTSKÄ", string.Concat(broken.Lines));
        Assert.All(broken.Lines, l => Assert.True(MonospaceInk.Width(l, 30) <= 300, l));
    }

    [Fact]
    public void An_ellipsis_appears_only_when_nothing_fits_and_is_flagged()
    {
        var fit = BoxFit.Fit(["ONE TWO THREE FOUR FIVE SIX"], 120, 45, Style(20, 40, 2), MonospaceInk.Measure);

        Assert.True(fit.Truncated);
        Assert.True(fit.Compromised);
        Assert.Equal(["ONE TWO", "THREE FOUR" + BoxFit.Ellipsis], fit.Lines);
        Assert.All(fit.Lines, l => Assert.True(MonospaceInk.Width(l, fit.Size) <= 120, l));
    }

    [Fact]
    public void A_box_too_small_for_one_line_at_the_minimum_gets_smaller_type_not_type_outside_it()
    {
        var box = new PixelRect(0, 0, 100, 10);

        var block = TextBlock.Lay("WIDE", box, Style(20, 40, 1), MonospaceInk.Measure);

        Assert.True(block.Fit.BelowMinimum);
        Assert.True(box.Contains(block.Bounds), $"{block.Bounds} outside {box}");
    }

    [Fact]
    public void Ideographs_break_between_characters_and_closing_punctuation_stays_on_its_line()
    {
        var lines = TitleLines.Wrap("天気の子：ウェザリング", 200, s => MonospaceInk.Width(s, 100), breakInsideWords: false)!;

        Assert.Equal(["天気の", "子：ウェ", "ザリング"], lines);
    }

    [Fact]
    public void Combining_marks_stay_with_their_letters_when_a_word_is_broken()
    {
        var word = "Ne\u0301e\u0301e\u0301e\u0301";

        var lines = TitleLines.Wrap(word, 100, s => MonospaceInk.Width(s, 100), breakInsideWords: true)!;

        Assert.Equal(["Ne\u0301", "e\u0301e\u0301", "e\u0301"], lines);
    }

    [Fact]
    public void The_first_placement_whose_boxes_leave_the_subject_clear_is_chosen()
    {
        IReadOnlyList<PixelRect> left = [new(0, 0, 500, 300)], right = [new(600, 0, 500, 300)];

        Assert.Equal(0, SubjectPlacement.Choose([left, right], new PixelPoint(800, 100)));
        Assert.Equal(1, SubjectPlacement.Choose([left, right], new PixelPoint(200, 100)));
        Assert.Equal(0, SubjectPlacement.Choose([left, left], new PixelPoint(200, 100)));
        Assert.Equal(0, SubjectPlacement.Choose([left, right], null));
    }
}
