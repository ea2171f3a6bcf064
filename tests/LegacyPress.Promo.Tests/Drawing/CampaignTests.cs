using System.Diagnostics;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Output;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Tests.Support;
using SkiaSharp;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Drawing;

public sealed class CampaignTests
{
    private static PromoReport Run(TempFolder folder, params string[] only) =>
        PromoCampaign.Run(new PromoRequest(SampleFilm.Film, SampleFilm.Timeline, RepositoryFiles.Templates, folder.File("promo"), only.ToHashSet(),
            // The built-in templates draw stills, never film frames, so the frame drawer is never asked for.
            (_, _, _) => throw new InvalidOperationException("no film frames expected"), p => p), CancellationToken.None);

    [Fact]
    public void Screen_assets_have_their_platform_size_dpi_and_byte_limit()
    {
        using var folder = new TempFolder();

        var report = Run(folder, PlatformSpecs.YouTubeThumbnail, PlatformSpecs.FacebookCover, PlatformSpecs.XHeader, "x-post");

        Assert.True(report.Ok, string.Join("\n", report.Problems));
        Assert.Equal(3, report.Files.Count);
        foreach (var file in report.Files)
        {
            var spec = PlatformSpecs.Find(file.Asset)!;
            var bytes = File.ReadAllBytes(file.Path);
            using var bitmap = SKBitmap.Decode(bytes);
            Assert.Equal((spec.Canvas.Width, spec.Canvas.Height), (bitmap.Width, bitmap.Height));
            Assert.Equal(72, ImageMetadata.ReadJpegDpi(bytes));
            Assert.True(bytes.Length <= spec.MaxBytes, $"{file.Asset}: {bytes.Length} > {spec.MaxBytes}");
        }
        Assert.True(File.Exists(folder.File("promo", "text", "x-post.txt")));
        Assert.Contains("youtube-thumbnail.jpg", File.ReadAllText(folder.File("promo", PromoCampaign.GalleryFile)));
        Assert.True(File.Exists(folder.File("promo", PromoCampaign.ManifestFile)));
    }

    [Fact]
    public void Nothing_drawn_in_the_thumbnail_duration_badge_corner_but_the_picture()
    {
        using var folder = new TempFolder();
        Run(folder, PlatformSpecs.YouTubeThumbnail);
        using var written = SKBitmap.Decode(folder.File("promo", "youtube-thumbnail.jpg"));
        // The title is the brightest, warmest thing on the thumbnail; the badge corner must hold none of its colour.
        var zone = PlatformSpecs.Find(PlatformSpecs.YouTubeThumbnail)!.ClearZones[0].Area;
        var titleLike = 0;
        for (var y = (int)zone.Y; y < zone.Bottom; y += 2)
        {
            for (var x = (int)zone.X; x < zone.Right; x += 2)
            {
                var c = written.GetPixel(x, y);
                if (c.Red > 225 && c.Green > 200 && c.Blue < 200)
                {
                    titleLike++;
                }
            }
        }
        Assert.Equal(0, titleLike);
    }

    [Fact]
    public void An_unknown_asset_name_is_an_error_with_a_suggestion()
    {
        using var folder = new TempFolder();

        var report = Run(folder, "youtube-thumbnial");

        Assert.Contains(report.Problems, p => p.Message.Contains("did you mean 'youtube-thumbnail'?"));
        Assert.False(Directory.Exists(folder.File("promo")) && Directory.EnumerateFiles(folder.File("promo")).Any());
    }

    [Fact]
    public void PNG_and_JPEG_resolution_metadata_round_trip()
    {
        using var surface = SKSurface.Create(new SKImageInfo(8, 8))!;
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90);

        var png300 = ImageMetadata.SetPngDpi(png.Span, 300);
        Assert.Equal(300, ImageMetadata.ReadPngDpi(png300));
        Assert.NotNull(SKBitmap.Decode(png300));
        var jpeg300 = ImageMetadata.SetJpegDpi(jpeg.Span, 300);
        Assert.Equal(300, ImageMetadata.ReadJpegDpi(jpeg300));
        Assert.NotNull(SKBitmap.Decode(jpeg300));
    }

    [Fact]
    public void PDF_page_boxes_are_added_so_readers_see_trim_and_bleed()
    {
        using var folder = new TempFolder();
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            document.BeginPage(200, 300).Clear(SKColors.White);
            document.EndPage();
        }
        var path = folder.File("boxes.pdf");
        File.WriteAllBytes(path, PdfPageBoxes.Add(stream.ToArray(), new PdfPageBoxes.PdfBox(20, 20, 180, 280), new PdfPageBoxes.PdfBox(10, 10, 190, 290)));

        var info = Process.Start(new ProcessStartInfo("pdfinfo", ["-box", path]) { RedirectStandardOutput = true })!;
        var output = info.StandardOutput.ReadToEnd();
        info.WaitForExit();

        Assert.Equal(0, info.ExitCode);
        Assert.Matches(@"TrimBox:\s+20\.00\s+20\.00\s+180\.00\s+280\.00", output);
        Assert.Matches(@"BleedBox:\s+10\.00\s+10\.00\s+190\.00\s+290\.00", output);
    }

    [Fact]
    public void A_title_that_cannot_fit_is_drawn_cut_and_reported_in_the_report_and_promo_json()
    {
        using var project = new SmallProject();
        project.WriteFile("promo/templates/cramped.yaml", """
            platform: open-graph
            layers:
              - fill: "#101010"
              - text: "{{ title | upcase }}"
                size: [0.3, 0.4]
                max_lines: 1
                box: { in: safe, x: 0, y: 0, width: 0.5, height: 0.5 }
            """);
        var (film, timeline) = project.LoadAndPlan();
        var output = project.PathOf("out");

        var report = PromoCampaign.Run(new PromoRequest(film, timeline, RepositoryFiles.Templates, output, new HashSet<string> { "cramped" },
            (_, _, _) => throw new InvalidOperationException("no film frames expected"), project.Display), CancellationToken.None);

        Assert.True(report.Ok, string.Join("\n", report.Problems));
        var warning = Assert.Single(report.Warnings);
        Assert.Equal(("cramped", "Web", 4), (warning.Asset, warning.Platform, warning.Layer.Line));
        Assert.Equal(Path.Combine("promo", "templates", "cramped.yaml"), warning.Layer.File);
        Assert.Contains("\"THREE SHOTS\" does not fit its box in 1 line", warning.Message);
        Assert.Contains("cut with an ellipsis", warning.Message);
        Assert.StartsWith($"{warning.Layer}: cramped (Web link preview card", warning.ToDiagnostic().ToString());
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, PromoCampaign.ManifestFile)));
        var problem = Assert.Single(manifest.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("cramped", problem.GetProperty("asset").GetString());
        Assert.Equal(4, problem.GetProperty("layer").GetProperty("line").GetInt32());
        Assert.Equal(warning.Message, problem.GetProperty("message").GetString());
    }

    [Fact]
    public void The_sample_campaign_reports_no_problems_in_promo_json()
    {
        using var folder = new TempFolder();

        var report = Run(folder, PlatformSpecs.OpenGraph);

        Assert.Empty(report.Warnings);
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(folder.File("promo", PromoCampaign.ManifestFile)));
        Assert.Equal(0, manifest.RootElement.GetProperty("problems").GetArrayLength());
    }
}
