using LegacyPress.Render.Text;

namespace LegacyPress.Render.Tests.Text;

public sealed class TextFitTests
{
    /// <summary>Each character is 0.5 × size wide, like a condensed monospace face.</summary>
    private static double Measure(string s, double size) => s.Length * size * 0.5;

    [Fact]
    public void Short_text_gets_the_maximum_size()
    {
        var fit = TextFit.Fit("Legacy", boxWidth: 1000, boxHeight: 200, maxLines: 2, minSize: 10, maxSize: 120, lineHeight: 1.2, Measure);

        Assert.Equal(120, fit.Size);
        Assert.Equal(["Legacy"], fit.Lines);
        Assert.False(fit.Truncated);
    }

    [Fact]
    public void Longer_text_shrinks_to_the_largest_size_that_fits_the_width()
    {
        // 20 characters on one line in 500 units: size 50 exactly.
        var fit = TextFit.Fit("Journey Between Worl", boxWidth: 500, boxHeight: 100, maxLines: 1, minSize: 10, maxSize: 200, lineHeight: 1.2, Measure);

        Assert.InRange(fit.Size, 49, 50);
        Assert.Single(fit.Lines);
        Assert.True(Measure(fit.Lines[0], fit.Size) <= 500);
    }

    [Fact]
    public void Text_wraps_onto_more_lines_when_that_allows_a_larger_size()
    {
        var fit = TextFit.Fit("Journey Between Worlds", boxWidth: 500, boxHeight: 400, maxLines: 3, minSize: 10, maxSize: 200, lineHeight: 1.2, Measure);

        Assert.True(fit.Lines.Count > 1);
        Assert.True(fit.Size > 50);
        Assert.True(fit.Lines.Count * fit.Size * 1.2 <= 400);
    }

    [Fact]
    public void Text_that_cannot_fit_at_the_minimum_is_cut_with_an_ellipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 50));

        var fit = TextFit.Fit(text, boxWidth: 100, boxHeight: 60, maxLines: 2, minSize: 20, maxSize: 40, lineHeight: 1.0, Measure);

        Assert.True(fit.Truncated);
        Assert.Equal(20, fit.Size);
        Assert.Equal(2, fit.Lines.Count);
        Assert.EndsWith(TextFit.Ellipsis, fit.Lines[^1]);
        Assert.All(fit.Lines, l => Assert.True(Measure(l, 20) <= 100));
    }

    [Fact]
    public void The_box_height_limits_lines_as_well_as_max_lines()
    {
        var fit = TextFit.Fit("aa bb cc dd", boxWidth: 20, boxHeight: 25, maxLines: 10, minSize: 10, maxSize: 10, lineHeight: 1.2, Measure);

        // One line of 12 units fits in 25, two (24) fit, three do not.
        Assert.True(fit.Truncated);
        Assert.Equal(2, fit.Lines.Count);
    }
}
