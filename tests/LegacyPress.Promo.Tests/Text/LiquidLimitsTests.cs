using LegacyPress.Core.Diagnostics;
using LegacyPress.Promo.Text;

namespace LegacyPress.Promo.Tests.Text;

public sealed class LiquidLimitsTests
{
    private static readonly LiquidTemplates Liquid = new();
    private static readonly SourceLocation At = new("promo/text/x.liquid", 1, 1);
    private static readonly Dictionary<string, object?> Variables = new() { ["title"] = "Legacy" };

    [Fact]
    public void A_huge_loop_stops_at_the_step_limit_at_its_for()
    {
        var result = Liquid.Render("Intro\n{% for i in (1..100000000) %}{{ title }}{% endfor %}", At, Variables);

        Assert.NotNull(result.Problem);
        Assert.Equal(2, result.Problem!.Location.Line);
        Assert.Contains("steps", result.Problem.Message);
    }

    [Fact]
    public void A_loop_over_a_huge_assigned_number_stops()
    {
        var result = Liquid.Render("{% assign n = 100 | times: 1000000 %}{% for i in (1..n) %}{{ title }}{% endfor %}", At, Variables);

        Assert.NotNull(result.Problem);
        Assert.Contains("'n'", result.Problem!.Message);
    }

    [Fact]
    public void A_long_loop_within_the_range_limit_stops_at_the_step_limit()
    {
        var result = Liquid.Render("{% for i in (1..99999) %}{% for j in (1..99999) %}{% endfor %}{% endfor %}", At, Variables);

        Assert.NotNull(result.Problem);
        Assert.Contains("steps", result.Problem!.Message);
    }

    [Fact]
    public void A_doubling_string_stops_at_the_size_limit_naming_the_variable()
    {
        var result = Liquid.Render("{% assign s = title %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}", At, Variables);

        Assert.NotNull(result.Problem);
        Assert.Contains("'s'", result.Problem!.Message);
        Assert.Contains("characters", result.Problem.Message);
    }

    [Fact]
    public void A_doubling_capture_stops_at_the_size_limit()
    {
        var result = Liquid.Render("{% capture s %}ab{% endcapture %}{% for i in (1..40) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}", At, Variables);

        Assert.NotNull(result.Problem);
        Assert.Contains("characters", result.Problem!.Message);
    }

    [Fact]
    public void Output_larger_than_the_limit_stops()
    {
        var result = Liquid.Render("{% for i in (1..90000) %}0123456789012345678901234567890123456789{% endfor %}", At, Variables);

        Assert.NotNull(result.Problem);
        Assert.Contains("characters", result.Problem!.Message);
    }

    [Fact]
    public void An_ordinary_loop_still_renders()
    {
        var result = Liquid.Render("{% for i in (1..3) %}{{ i }}{% endfor %}", At, Variables);

        Assert.Equal("123", result.Text);
    }
}
