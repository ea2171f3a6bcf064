using LegacyPress.Core.Diagnostics;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Tests.Support;
using LegacyPress.Promo.Text;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Text;

public sealed class ProseDurationTests
{
    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(58, "58 s")]
    [InlineData(58.4, "58 s")]
    [InlineData(59.5, "1 min 00 s")]
    [InlineData(64, "1 min 04 s")]
    [InlineData(119.4, "1 min 59 s")]
    [InlineData(750, "12 min 30 s")]
    [InlineData(3725, "62 min 05 s")]
    [InlineData(-3, "0 s")]
    public void Seconds_are_said_to_the_nearest_second_and_never_rounded_to_a_minute(double seconds, string expected) =>
        Assert.Equal(expected, ProseDuration.Format(seconds));

    [Fact]
    public void The_duration_filter_says_seconds_as_prose()
    {
        var result = new LiquidTemplates().Render("{{ 64 | duration }} · {{ s | duration }}", new SourceLocation("t.liquid", 1, 1), new Dictionary<string, object?> { ["s"] = 750.2 });

        Assert.Equal("1 min 04 s · 12 min 30 s", result.Text);
    }

    [Fact]
    public void A_64_second_film_is_1_min_04_s_in_both_press_blurbs_not_2_minutes()
    {
        // 21 + 23 + 22 s less the two default 1 s crossfades.
        using var project = new SmallProject();
        project.WriteFile("film.yaml", """
            schema: 1
            title: "Sixty-Four"
            genre: [Drama]
            logline: "A minute and a bit."
            cards: { opening: false, acts: false, credits: false }
            acts:
              - title: One
                shots:
                  - { id: a, image: images/a.png, duration: 21 }
                  - { id: b, image: images/b.png, duration: 23 }
                  - { id: c, image: images/c.png, duration: 22 }
            """);
        var (film, timeline) = project.LoadAndPlan();
        var (settings, _) = PromoSettings.From(film);
        var variables = FilmVariables.Build(film, timeline, settings);
        var texts = new TextCampaign(new LiquidTemplates(), new TemplateFolders(RepositoryFiles.Templates, project.Root), p => p)
            .Render(variables, [TextAssetSpecs.Find(TextAssetSpecs.PressBlurbShort)!, TextAssetSpecs.Find(TextAssetSpecs.PressBlurbLong)!]);

        Assert.Equal(64, timeline.RuntimeSeconds, 6);
        Assert.Equal("1 min 04 s", variables["runtime_text"]);
        Assert.Equal(1, variables["runtime_minutes"]);
        Assert.All(texts, t => Assert.True(t.Ok, string.Join("; ", t.Problems)));
        Assert.Contains("(drama, 1 min 04 s)", texts[0].Text);
        Assert.Contains("· 1 min 04 s ·", texts[1].Text);
        Assert.All(texts, t => Assert.DoesNotContain("2 min", t.Text));
    }
}
