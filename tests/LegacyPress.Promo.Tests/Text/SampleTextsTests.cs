using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Tests.Support;
using LegacyPress.Promo.Text;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Text;

public sealed class SampleTextsTests
{
    private static IReadOnlyList<TextAssetResult> RenderSample()
    {
        var (settings, problems) = PromoSettings.From(SampleFilm.Film);
        Assert.Empty(problems);
        var variables = FilmVariables.Build(SampleFilm.Film, SampleFilm.Timeline, settings);
        var campaign = new TextCampaign(new LiquidTemplates(), new TemplateFolders(RepositoryFiles.Templates, RepositoryFiles.SampleProject), p => p);
        return campaign.Render(variables, TextAssetSpecs.All);
    }

    [Fact]
    public void Every_built_in_text_renders_for_the_sample_within_its_limits()
    {
        var results = RenderSample();

        Assert.All(results, r => Assert.True(r.Ok, $"{r.Spec.Name}: {string.Join("; ", r.Problems)}"));
        Assert.All(results, r => Assert.All(r.Spec.Limits, l => Assert.Null(l.Check(r.Text!))));
    }

    [Fact]
    public void The_description_lists_the_timeline_chapters_and_the_credits()
    {
        var description = RenderSample().Single(r => r.Spec.Name == TextAssetSpecs.YouTubeDescription).Text!;

        var chapterLines = ChapterPlanner.Plan(SampleFilm.Timeline).Select(c => c.ToString()).ToList();
        Assert.Contains(string.Join("\n", chapterLines), description);
        Assert.StartsWith("0:00 ", chapterLines[0]);
        Assert.Contains("Written and directed by: Mara Quill", description);
        Assert.Contains("https://legacy-film.example", description);
    }

    [Fact]
    public void The_X_post_links_the_film_and_fits_280()
    {
        var post = RenderSample().Single(r => r.Spec.Name == TextAssetSpecs.XPost).Text!;

        Assert.Contains("https://legacy-film.example", post);
        Assert.InRange(TextCounters.XWeightedLength(post), 40, 280);
    }
}
