using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Loading;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Documents;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Promo.PressKit;
using LegacyPress.Promo.Tests.Support;

namespace LegacyPress.Promo.Tests.Campaign;

public sealed class PromoSettingsTests
{
    private static string At(Diagnostic d) => $"{d.Location.Line}:{d.Location.Column}";

    [Fact]
    public void Stills_are_the_listed_shot_ids_in_the_order_written()
    {
        using var project = new SmallProject("""
            promo:
              key_art: b
              stills: [c, a]
            """);

        var (settings, problems) = PromoSettings.From(project.Load());

        Assert.Empty(problems);
        Assert.Equal(["c", "a"], settings.StillShotIds);
        Assert.Equal("b", settings.KeyArtShotId);
    }

    [Fact]
    public void Without_stills_the_press_kit_chooses_its_own()
    {
        using var project = new SmallProject("promo: { key_art: a }");

        var (settings, problems) = PromoSettings.From(project.Load());

        Assert.Empty(problems);
        Assert.Empty(settings.StillShotIds);
    }

    [Fact]
    public void Every_bad_promo_key_and_value_is_reported_at_its_own_place()
    {
        using var project = new SmallProject("""
            promo:
              key_art: bb
              colour: red
              video_url: legacy-film.example/watch
              hashtags: { a: b }
              tags: [short, [nested]]
              stills:
                - a
                - nope
                - a
            """);
        var first = SmallProject.FirstExtraLine;

        var (settings, problems) = PromoSettings.From(project.Load());

        Assert.All(problems, p => Assert.Equal("film.yaml", p.Location.File));
        Assert.Equal(
            [
                ($"{first + 1}:12", "promo: key_art names shot 'bb', which the film does not have; did you mean 'b'?"),
                ($"{first + 2}:3", "promo: unknown key 'colour'"),
                ($"{first + 3}:14", "promo: 'video_url' must be an absolute http(s) URL, got 'legacy-film.example/watch'"),
                ($"{first + 4}:13", "promo: 'hashtags' must be a list of text, got a mapping"),
                ($"{first + 5}:17", "promo: items of 'tags' must be text, got a list"),
                ($"{first + 8}:7", "promo: stills names shot 'nope', which the film does not have"),
                ($"{first + 9}:7", "promo: 'stills' lists shot 'a' twice"),
            ],
            problems.Select(p => (At(p), p.Message)));
        // A bad value is reported and left out; the good ones still count.
        Assert.Null(settings.KeyArtShotId);
        Assert.Equal(["short"], settings.Tags);
        Assert.Equal(["a"], settings.StillShotIds);
    }

    [Fact]
    public void An_unknown_key_close_to_a_known_one_gets_a_suggestion()
    {
        using var project = new SmallProject("promo: { still: [a] }");

        var problem = Assert.Single(PromoSettings.From(project.Load()).Problems);

        Assert.Equal($"{SmallProject.FirstExtraLine}:10", At(problem));
        Assert.Equal("promo: unknown key 'still'; did you mean 'stills'?", problem.Message);
    }

    [Fact]
    public void An_empty_stills_list_is_refused_rather_than_showing_an_empty_gallery()
    {
        using var project = new SmallProject("promo: { stills: [] }");

        var problem = Assert.Single(PromoSettings.From(project.Load()).Problems);

        Assert.Contains("'stills' lists no shots", problem.Message);
    }

    [Fact]
    public void The_press_kit_gallery_shows_the_stills_promo_lists_in_that_order()
    {
        using var project = new SmallProject("promo: { stills: [a, c] }");
        var (film, timeline) = project.LoadAndPlan();
        var (promo, promoProblems) = PromoSettings.From(film);
        Assert.Empty(promoProblems);
        var sources = new DocumentSources(film, timeline, promo, PaperSize.A4, LoudnessFigures.Target(film.Audio.Loudness), ImageFiles.CheckFile, project.Display);

        var (document, problems) = PressKitDocument.Build(sources);

        Assert.Empty(problems);
        Assert.Equal([project.PathOf("images", "a.png"), project.PathOf("images", "c.png")], Gallery(document!).Select(i => i.Path));
        Assert.Contains("One · a.", Gallery(document!)[0].Caption!.Single().Text);
    }

    /// <summary>The pictures of the "Stills" chapter: every image in the two-up rows between its heading and the next chapter.</summary>
    private static List<ImageBlock> Gallery(Document document)
    {
        var blocks = document.Blocks.SkipWhile(b => b is not Heading { Level: 1, Text: "Stills" }).Skip(1).TakeWhile(b => b is not Heading { Level: 1 });
        return blocks.OfType<ColumnsBlock>().SelectMany(c => c.Left.Concat(c.Right)).OfType<ImageBlock>().ToList();
    }
}
