using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Tests.Support;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Campaign;

public sealed class CampaignCheckTests
{
    [Fact]
    public void The_sample_film_and_the_built_in_templates_pass_the_check()
    {
        Assert.Empty(PromoCampaign.Check(SampleFilm.Film, SampleFilm.Timeline, RepositoryFiles.Templates, p => p));
    }

    [Fact]
    public void Broken_project_templates_are_reported_at_their_place_and_nothing_is_drawn()
    {
        using var project = new SmallProject("promo: { key_art: c }");
        project.WriteFile("promo/templates/teaser.yaml", """
            platform: youtube-thumbnail
            layers:
              - image: shot:d
              - text: "{{ titel }}"
            """);
        project.WriteFile("promo/templates/broken.yaml", "platform: [youtube-thumbnail\n");
        project.WriteFile("promo/text/x-post.liquid", "{{ title }}\n{% if %}\n");
        var (film, timeline) = project.LoadAndPlan();

        var problems = PromoCampaign.Check(film, timeline, RepositoryFiles.Templates, project.Display);

        var lines = problems.Select(p => $"{p.Location}: {p.Message}").ToList();
        Assert.Contains(lines, l => l.StartsWith("promo/templates/broken.yaml:2:1: not valid YAML", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("promo/templates/teaser.yaml:3:5: image: the film has no shot 'd'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("promo/templates/teaser.yaml:4:8: unknown variable 'titel'; did you mean 'title'?", StringComparison.Ordinal));
        Assert.Contains("promo/text/x-post.liquid:2:6: Liquid syntax error: Invalid 'if' tag", lines);
        Assert.Equal(4, problems.Count);
        Assert.False(Directory.Exists(project.PathOf("promo", "youtube-thumbnail.jpg")));
    }
}
