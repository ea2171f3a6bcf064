using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Release;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Templates;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Promo.Layers;

/// <summary>
/// Type bound to the film through Liquid (<c>text: "{{ title_main | upcase }}"</c>): a font, a size range, up to
/// <c>max_lines</c> lines, tracking, colour, an optional shadow or glow, aligned in its box. The text always ends up
/// inside its box: wrapped, then shrunk to the minimum size, then (for a layer showing the title) the film's
/// <c>promo.short_title</c>; only when nothing fits is a word broken or the text cut with an ellipsis, and that is
/// reported (<see cref="FitProblems"/>). <c>avoid_subject</c> lists other places for the box, tried in order when the
/// key art's subject is in it. Nothing is drawn when the text renders empty.
/// </summary>
public sealed record TextLayer(string Template, FontChoice Font, TextStyle Style, PromoColor Color, TextShadow? Shadow, LayerBox Box, SourceLocation Location)
    : PromoLayer(Box, Location)
{
    public const string Key = "text";

    public override string Kind => Key;

    public override bool IsType => true;

    /// <summary>Where else the layer may go, in order, when its box covers the key art's subject.</summary>
    public IReadOnlyList<TextPlacement> Alternatives { get; init; } = [];

    public override int Placements => 1 + Alternatives.Count;

    internal static readonly IReadOnlyDictionary<string, HorizontalAlign> Aligns = new Dictionary<string, HorizontalAlign>
    {
        ["left"] = HorizontalAlign.Left,
        ["center"] = HorizontalAlign.Center,
        ["right"] = HorizontalAlign.Right,
    };

    internal static readonly IReadOnlyDictionary<string, VerticalAlign> VerticalAligns = new Dictionary<string, VerticalAlign>
    {
        ["top"] = VerticalAlign.Top,
        ["middle"] = VerticalAlign.Middle,
        ["bottom"] = VerticalAlign.Bottom,
    };

    internal static PromoLayer? Read(LayerReader r)
    {
        var template = r.ValueText;
        if (template is null)
        {
            r.Error(Key, "text must be a Liquid template, e.g. text: \"{{ title }}\"");
            return null;
        }
        var font = ReadFont(r);
        var (min, max) = r.SizeRange("size", 0.05, 0.1);
        var style = new TextStyle(
            min, max,
            LineHeight: r.Map.NumberInRange("line_height", 0.5, 3) ?? 1.15,
            Tracking: r.Map.NumberInRange("tracking", -0.2, 2) ?? 0,
            MaxLines: r.Map.Integer("max_lines") is { } n and > 0 ? n : 3,
            Align: r.Choice("align", Aligns, "alignment", HorizontalAlign.Center),
            VerticalAlign: r.Choice("valign", VerticalAligns, "vertical alignment", VerticalAlign.Middle));
        var color = r.Color("color", PromoColor.White).WithOpacity(r.Fraction("opacity", 1));
        var shadow = TextShadow.Read(r);
        var box = r.Box(FrameReference.Safe);
        var alternatives = r.Alternatives(box, (m, b) => new TextPlacement(b, m.Choice("align", Aligns, "alignment"), m.Choice("valign", VerticalAligns, "vertical alignment")));
        return new TextLayer(template, font, style, color, shadow, box, r.Location) { Alternatives = alternatives };
    }

    internal static FontChoice ReadFont(LayerReader r) =>
        new(r.Map.Text("font") ?? FontChoice.Display.Family, r.Map.Integer("weight") is { } w and >= 100 and <= 1000 ? w : 400, r.Map.Bool("italic") ?? false);

    public override IEnumerable<Diagnostic> Check(PromoServices services) =>
        services.RenderText(Template, Location).Problem is { } p ? [p] : [];

    public override IEnumerable<FingerprintInput> Reads(PromoServices services, string name) =>
        [RenderedText(services, name, Template, Location), FingerprintInput.Text(name + " short text", services.RenderShortText(Template, Location) ?? "")];

    public override PromoLayer Placed(int placement)
    {
        if (placement == 0 || placement > Alternatives.Count)
        {
            return this;
        }
        var moved = Alternatives[placement - 1];
        return this with
        {
            Box = moved.Box,
            Style = Style with { Align = moved.Align ?? Style.Align, VerticalAlign = moved.VerticalAlign ?? Style.VerticalAlign },
            Alternatives = [],
        };
    }

    /// <summary>The text set in its box at this platform's size: what drawing, fit problems and tests all use.</summary>
    public TextBlock Layout(PromoServices services, PlatformSpec platform)
    {
        var text = (services.RenderText(Template, Location).Text ?? "").Trim();
        var shortText = services.RenderShortText(Template, Location)?.Trim();
        var typeface = services.Typeface(Font);
        var frameHeight = LayerBox.Frame(platform, Box.In).Height;
        var style = Style with { MinSize = Style.MinSize * frameHeight, MaxSize = Style.MaxSize * frameHeight };
        return TextBlock.Lay(shortText is null ? [text] : [text, shortText], Box.Resolve(platform), style, services.Ink(typeface, Style.Tracking));
    }

    public override IEnumerable<string> FitProblems(PromoServices services, PlatformSpec platform)
    {
        var block = Layout(services, platform);
        if (!block.Fit.Compromised)
        {
            return [];
        }
        var text = (services.RenderText(Template, Location).Text ?? "").Trim();
        var shortText = services.RenderShortText(Template, Location)?.Trim();
        var frameHeight = LayerBox.Frame(platform, Box.In).Height;
        return [FitMessage.Describe(text, shortText, block, Style, frameHeight, services.Settings.ShortTitle is not null)];
    }

    public override void Draw(LayerCanvas target)
    {
        var block = Layout(target.Services, target.Platform);
        TypeSetter.Draw(target, block, target.Services.Typeface(Font), Style.Tracking, Color, Shadow, LayerBox.Frame(target.Platform, Box.In).Height);
    }
}

/// <summary>One of a text layer's other places (<c>avoid_subject</c>): its box, and the alignment there when it changes.</summary>
public sealed record TextPlacement(LayerBox Box, HorizontalAlign? Align, VerticalAlign? VerticalAlign);

/// <summary>A soft shadow (or, with no offset, a glow) behind type; blur and offsets in fractions of the frame height.</summary>
public sealed record TextShadow(PromoColor Color, double Blur, double OffsetX, double OffsetY)
{
    internal static TextShadow? Read(LayerReader r)
    {
        var map = r.Map.Mapping("shadow", "text shadow");
        if (map is null)
        {
            return null;
        }
        var colorText = map.Text("color");
        var color = PromoColor.TryParse(colorText ?? "#000000b0", out var c) ? c : PromoColor.Black;
        if (colorText is not null && !PromoColor.TryParse(colorText, out _))
        {
            map.Error("color", $"'color' must be a colour like \"#000000b0\", got '{colorText}'");
        }
        var shadow = new TextShadow(color, map.NumberInRange("blur", 0, 0.5) ?? 0.01, map.Number("x") ?? 0, map.Number("y") ?? 0.004);
        map.Finish();
        return shadow;
    }
}
