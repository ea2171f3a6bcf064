using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Layers;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Templates;
using LegacyPress.Promo.Tests.Support;
using LegacyPress.TestSupport;

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
        // In every placement: a title moved off the key art's subject is held to the same rules.
        foreach (var template in BuiltIns().SelectMany(t => Enumerable.Range(0, t.Placements).Select(t.Placed)))
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
    public void Avoid_subject_places_are_box_fields_over_the_layers_own_box()
    {
        var (template, problems) = TemplateLoader.Parse("t", """
            platform: open-graph
            layers:
              - scrim: left
                avoid_subject: [{ edge: right }]
              - text: "{{ title }}"
                align: left
                box: { in: safe, x: 0, y: 0.2, width: 0.5, height: 0.3 }
                avoid_subject: [{ x: 0.5, align: right }]
            """, "t.yaml");

        Assert.Empty(problems);
        Assert.Equal(2, template!.Placements);
        var moved = Assert.IsType<TextLayer>(template.Placed(1).Layers[1]);
        Assert.Equal(new LayerBox(FrameReference.Safe, 0.5, 0.2, 0.5, 0.3), moved.Box);
        Assert.Equal(LegacyPress.Promo.Layout.HorizontalAlign.Right, moved.Style.Align);
        Assert.Equal(ScrimEdge.Right, Assert.IsType<ScrimLayer>(template.Placed(1).Layers[0]).Edge);
        Assert.Same(template, template.Placed(0));
    }

    [Fact]
    public void Movable_layers_must_list_as_many_places_and_a_text_layer_must_move()
    {
        var (_, mismatched) = TemplateLoader.Parse("t", """
            platform: open-graph
            layers:
              - scrim: left
                avoid_subject: [{ edge: right }, { edge: top }]
              - text: "{{ title }}"
                avoid_subject: [{ x: 0.5, colour: red }]
            """, "t.yaml");
        var (_, scrimOnly) = TemplateLoader.Parse("t", "platform: open-graph\nlayers:\n  - scrim: left\n    avoid_subject: [{ edge: right }]\n", "t.yaml");

        Assert.Contains(mismatched, p => p.Location.Line == 5 && p.Message.Contains("lists 1 placements and the scrim layer at line 3 lists 2"));
        Assert.Contains(mismatched, p => p.Location.Line == 6 && p.Message.Contains("colour"));
        Assert.Contains(scrimOnly, p => p.Location.Line == 3 && p.Message.Contains("no text layer"));
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
