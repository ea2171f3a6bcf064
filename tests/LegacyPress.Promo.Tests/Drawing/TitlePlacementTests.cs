using LegacyPress.Core.Model;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Layers;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Tests.Support;
using SkiaSharp;

namespace LegacyPress.Promo.Tests.Drawing;

/// <summary>Titles on the real templates: the short title when the title does not fit, and off the key art's subject where the template lets them move.</summary>
public sealed class TitlePlacementTests : IClassFixture<TitlePlacementTests.Shared>
{
    public sealed class Shared : IDisposable
    {
        internal TitledServices Services { get; } = new();

        public void Dispose() => Services.Dispose();
    }

    private const string LongTitle = "The Unbelievably Extraordinary and Altogether Improbable Voyages of Captain Nemo";

    private readonly TitledServices titled;

    public TitlePlacementTests(Shared shared) => titled = shared.Services;

    [Fact]
    public void The_last_keeper_fits_every_template_whole()
    {
        var services = titled.For("The Last Keeper");

        Assert.Empty(FitCheck.Of(titled.Templates, services));
        foreach (var template in titled.Templates)
        {
            var title = template.Layers.OfType<TextLayer>().First(l => l.Template.Contains("title_main"));
            var block = title.Layout(services, template.Platform);
            Assert.Equal("THE LAST KEEPER", string.Join(" ", block.Lines.Select(l => l.Text)));
        }
    }

    [Fact]
    public void The_short_title_stands_in_where_the_title_does_not_fit_and_nowhere_else()
    {
        var withShort = titled.For(LongTitle, shortTitle: "Nemo");
        var without = titled.For(LongTitle);
        var thumbnail = titled.Templates.Single(t => t.Name == PlatformSpecs.YouTubeThumbnail);
        var title = thumbnail.Layers.OfType<TextLayer>().First(l => l.Template.Contains("title_main"));

        var block = title.Layout(withShort, thumbnail.Platform);

        Assert.Equal(1, block.Fit.Candidate);
        Assert.Equal(["NEMO"], block.Lines.Select(l => l.Text));
        Assert.DoesNotContain(FitCheck.Of([thumbnail], withShort), p => p.Layer == title.Location);
        var problem = Assert.Single(FitCheck.Of([thumbnail], without), p => p.Layer == title.Location);
        Assert.Contains("promo.short_title", problem.Message);
        // Layers that do not show the title never see the short one.
        var sub = thumbnail.Layers.OfType<TextLayer>().First(l => l.Template.Contains("title_sub"));
        Assert.Null(withShort.RenderShortText(sub.Template, sub.Location));
    }

    [Fact]
    public void A_subject_under_the_title_moves_the_words_and_their_scrim_to_the_other_side()
    {
        var thumbnail = titled.Templates.Single(t => t.Name == PlatformSpecs.YouTubeThumbnail);
        var left = SubjectAvoidance.Place(thumbnail, titled.For("The Last Keeper", keyArtFocus: new FocusPoint(0.2, 0.35)));
        var right = SubjectAvoidance.Place(thumbnail, titled.For("The Last Keeper", keyArtFocus: new FocusPoint(0.8, 0.35)));

        var movedTitle = left.Layers.OfType<TextLayer>().First();
        Assert.Equal(HorizontalAlign.Right, movedTitle.Style.Align);
        Assert.True(movedTitle.Box.Resolve(thumbnail.Platform).X > thumbnail.Platform.Canvas.Width / 3);
        Assert.Equal(ScrimEdge.Right, left.Layers.OfType<ScrimLayer>().Single().Edge);
        Assert.Same(thumbnail, right);
    }

    [Fact]
    public void The_subject_is_the_key_arts_focus_point_through_the_crop()
    {
        var thumbnail = titled.Templates.Single(t => t.Name == PlatformSpecs.YouTubeThumbnail);
        var image = thumbnail.Layers.OfType<ImageLayer>().First();

        var subject = image.Subject(titled.For("The Last Keeper", keyArtFocus: new FocusPoint(0.2, 0.35)), thumbnail.Platform);

        Assert.NotNull(subject);
        Assert.InRange(subject.Value.X, 0.1 * 1280, 0.3 * 1280);
        Assert.InRange(subject.Value.Y, 0.25 * 720, 0.45 * 720);
    }

    [Theory]
    [InlineData("The Last Keeper")]
    [InlineData("رحلة بين العوالم: إرث الحارس الأخير")]
    [InlineData("Llanfairpwllgwyngyllgogerychwyndrobwllllantysiliogogogoch")]
    public void The_drawn_title_changes_no_pixel_outside_its_box(string title)
    {
        var services = titled.For(title);
        var thumbnail = titled.Templates.Single(t => t.Name == PlatformSpecs.YouTubeThumbnail);
        // Without its shadow, which is meant to spill past the box.
        var layer = thumbnail.Layers.OfType<TextLayer>().First() with { Shadow = null };
        var box = layer.Box.Resolve(thumbnail.Platform);
        using var bitmap = new SKBitmap(thumbnail.Platform.Canvas.Width, thumbnail.Platform.Canvas.Height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            layer.Draw(new LayerCanvas(canvas, thumbnail.Platform, services));
        }

        var inked = 0;
        var outside = new List<(int X, int Y)>();
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y).Alpha == 0)
                {
                    continue;
                }
                inked++;
                // Ink that touches an edge may tint the pixel beyond it: glyphs are drawn at quarter-pixel positions, anti-aliased.
                if (x + 1 < box.X - 1 || x > box.Right + 1 || y + 1 < box.Y - 1 || y > box.Bottom + 1)
                {
                    outside.Add((x, y));
                }
            }
        }
        Assert.True(inked > 1000, $"only {inked} pixels inked");
        Assert.True(outside.Count == 0, $"{outside.Count} pixels outside {box}, first at {outside.FirstOrDefault()}");
    }
}
