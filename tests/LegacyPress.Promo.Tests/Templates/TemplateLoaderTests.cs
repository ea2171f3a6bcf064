using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Layers;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Templates;
using LegacyPress.Promo.Tests.Support;

namespace LegacyPress.Promo.Tests.Templates;

public sealed class TemplateLoaderTests
{
    private static IReadOnlyList<PromoTemplate> BuiltIns()
    {
        var (templates, problems) = TemplateCatalog.Load(new TemplateFolders(RepositoryFiles.Templates, Path.GetTempPath()), p => p);
        Assert.Empty(problems);
        return templates;
    }

    [Fact]
    public void Every_platform_has_a_built_in_template()
    {
        Assert.Equal(PlatformSpecs.Ids.Order(), BuiltIns().Select(t => t.Platform.Id).Order());
    }

    [Fact]
    public void Type_in_every_built_in_template_lies_inside_the_safe_area_and_outside_clear_zones()
    {
        foreach (var template in BuiltIns())
        {
            foreach (var layer in template.Layers.Where(l => l.IsType))
            {
                var box = layer.Box.Resolve(template.Platform);
                Assert.True(template.Platform.SafeArea.Contains(box), $"{template.Name}: {layer.Kind} box {box} leaves the safe area {template.Platform.SafeArea}");
                Assert.All(template.Platform.ClearZones, zone => Assert.False(zone.Area.Overlaps(box), $"{template.Name}: {layer.Kind} box {box} covers the {zone.Name}"));
            }
        }
    }

    [Fact]
    public void An_unknown_layer_kind_is_reported_at_its_line_with_a_suggestion()
    {
        var (template, problems) = TemplateLoader.Parse("t", "platform: open-graph\nlayers:\n  - fill: \"#000\"\n  - txt: \"{{ title }}\"\n", "promo/templates/t.yaml");

        Assert.Null(template);
        var problem = Assert.Single(problems);
        Assert.Equal(("promo/templates/t.yaml", 4), (problem.Location.File, problem.Location.Line));
        Assert.Contains("did you mean 'text'?", problem.Message);
    }

    [Fact]
    public void A_broken_layer_field_names_the_layer_and_the_field()
    {
        var (_, problems) = TemplateLoader.Parse("t", "platform: youtube-thumbnail\nlayers:\n  - text: \"{{ title }}\"\n    color: amber\n    box: { x: 0.5, width: 0.8 }\n", "t.yaml");

        Assert.Contains(problems, p => p.Location.Line == 4 && p.Message.Contains("layer 1 (text)") && p.Message.Contains("'color' must be a colour"));
        Assert.Contains(problems, p => p.Location.Line == 5 && p.Message.Contains("reaches past its frame"));
    }

    [Fact]
    public void An_unknown_platform_lists_the_known_ones()
    {
        var (_, problems) = TemplateLoader.Parse("t", "platform: youtube-thumb\nlayers: []\n", "t.yaml");

        Assert.Contains(problems, p => p.Message.Contains("unknown platform 'youtube-thumb'; did you mean 'youtube-thumbnail'?"));
    }

    [Fact]
    public void Boxes_resolve_against_the_frame_they_name()
    {
        var banner = PlatformSpecs.Find(PlatformSpecs.YouTubeBanner)!;

        var box = new LayerBox(FrameReference.Safe, 0.5, 0, 0.5, 1).Resolve(banner);

        Assert.Equal(new LegacyPress.Promo.Layout.PixelRect(507 + 773, 508, 773, 423), box);
    }

    [Fact]
    public void The_one_sheet_is_27_by_40_inches_at_300_dpi_plus_bleed()
    {
        var sheet = PlatformSpecs.Find(PlatformSpecs.OneSheet)!;

        Assert.Equal(new PixelSize(8175, 12075), sheet.Canvas);
        Assert.Equal(new LegacyPress.Promo.Layout.PixelRect(37.5, 37.5, 8100, 12000), sheet.Trim);
    }
}
