using LegacyPress.Core.Diagnostics;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Documents.Layout;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Promo.Documents.Pdf;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.PressKit;
using LegacyPress.Promo.Tests.Support;
using LegacyPress.Render.Media;
using OversizedPictures = LegacyPress.TestSupport.OversizedPictures;
using PngFiles = LegacyPress.TestSupport.PngFiles;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Campaign;

/// <summary>
/// The still size limits hold for every picture a promo or a document decodes: images in the press kit's and case
/// study's Markdown, image and logo layers of a template. check names each at its file:line:col with the limit, and
/// the decoders refuse them the same way when check was skipped.
/// </summary>
public sealed class OversizedPicturesTests : IDisposable
{
    private readonly SmallProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public void Oversized_pictures_in_markdown_are_reported_at_their_line_with_the_limit()
    {
        PngFiles.WriteHeaderOnly(project.PathOf("press", "huge.png"), 60_000, 60_000);
        OversizedPictures.WriteJpeg(project.PathOf("casestudy", "scan.jpg"), 60_000, 60_000);
        project.WriteFile("press/director-statement.md", "# Director's statement\n\nWhy we made it.\n\n![The workshop](huge.png)\n");
        project.WriteFile("casestudy/concept.md", "A sketch:\n\n![The first sketch](scan.jpg)\n");
        var (film, timeline) = project.LoadAndPlan();

        var problems = ProjectDocuments.Check(film, timeline, project.Display);

        Assert.Equal(
            [
                "casestudy/concept.md:3:1: image 'scan.jpg' is too large: it is 60000x60000 pixels; an image may be at most 16384 pixels on its longest side (see docs/limits.md) — scale it down",
                "press/director-statement.md:5:1: image 'huge.png' is too large: it is 60000x60000 pixels; an image may be at most 16384 pixels on its longest side (see docs/limits.md) — scale it down",
            ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Oversized_image_and_logo_layers_are_reported_at_their_layer_with_the_limit()
    {
        PngFiles.WriteFlatGrey(project.PathOf("promo", "backdrop.png"), 20_000, 20_000);
        OversizedPictures.WriteWebP(project.PathOf("promo", "mark.webp"), 60_000, 60_000);
        project.WriteFile("promo/notes.png", "not a picture\n");
        project.WriteFile("promo/templates/teaser.yaml", """
            platform: youtube-thumbnail
            layers:
              - image: file:promo/backdrop.png
              - logo: promo/mark.webp
              - logo: promo/notes.png
            """);
        var (film, timeline) = project.LoadAndPlan();

        var problems = PromoCampaign.Check(film, timeline, RepositoryFiles.Templates, project.Display).Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.StartsWith("promo/templates/teaser.yaml:3:5: image: file 'promo/backdrop.png' is too large: it is 20000x20000 pixels; an image may be at most 16384 pixels", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("promo/templates/teaser.yaml:4:5: logo: 'promo/mark.webp' is too large: it is 60000x60000 pixels;", StringComparison.Ordinal));
        Assert.Contains("promo/templates/teaser.yaml:5:5: logo: 'promo/notes.png' is not a PNG, JPEG or WebP picture", problems);
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void The_promo_images_refuse_an_oversized_file_when_check_was_skipped()
    {
        PngFiles.WriteHeaderOnly(project.PathOf("promo", "huge.png"), 60_000, 60_000);
        var (film, timeline) = project.LoadAndPlan();
        using var images = new PromoImages(film, timeline, (_, _, _) => throw new InvalidOperationException("no frames here"));

        var refused = Assert.Throws<ImageRefusedException>(() => images.File(project.PathOf("promo", "huge.png")));

        Assert.Contains("60000x60000", refused.Message);
        Assert.Contains("16384", refused.Message);
    }

    [Fact]
    public void The_promo_images_refuse_a_file_outside_the_project()
    {
        using var outside = new TempFolder();
        PngFiles.WriteFlatGrey(outside.File("secret.png"), 64, 64);
        var (film, timeline) = project.LoadAndPlan();
        using var images = new PromoImages(film, timeline, (_, _, _) => throw new InvalidOperationException("no frames here"));

        var refused = Assert.Throws<ImageRefusedException>(() => images.File(outside.File("secret.png")));

        Assert.Contains("escapes the project folder", refused.Message);
    }

    [Fact]
    public void A_print_picture_is_refused_before_decoding_when_check_was_skipped()
    {
        var path = project.PathOf("press", "huge.png");
        PngFiles.WriteFlatGrey(path, 20_000, 20_000);
        var item = new ImageItem(new BoxRect(0, 0, 300, 200), path, new PixelSize(20_000, 20_000), ImageFit.Cover, 0.5, 0.5);

        var refused = Assert.Throws<ImageRefusedException>(() => PrintImage.Prepare(item));

        Assert.Equal($"image '{path}' is too large: it is 20000x20000 pixels; an image may be at most 16384 pixels on its longest side (see docs/limits.md) — scale it down", refused.Message);
    }
}
