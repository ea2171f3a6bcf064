using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Release;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Templates;
using SkiaSharp;

namespace LegacyPress.Promo.Layers;

/// <summary>
/// The poster's billing block: the film's credits condensed into a few centred lines (small roles, large names)
/// at the foot of its box: <c>billing-block: credits</c>.
/// </summary>
public sealed record BillingBlockLayer(FontChoice Font, double MinSize, double MaxSize, int MaxLines, double LineHeight, PromoColor Color, PromoColor RoleColor, LayerBox Box, SourceLocation Location)
    : PromoLayer(Box, Location)
{
    public const string Key = "billing-block";

    public override string Kind => Key;

    public override bool IsType => true;

    internal static PromoLayer? Read(LayerReader r)
    {
        if (r.ValueText is not "credits")
        {
            r.Error(Key, "billing-block takes its words from the film's credits: write billing-block: credits");
        }
        var font = TextLayer.ReadFont(r);
        var (min, max) = r.SizeRange("size", 0.02, 0.05);
        var color = r.Color("color", new PromoColor(230, 222, 205, 255));
        return new BillingBlockLayer(font, min, max,
            r.Map.Integer("max_lines") is { } n and > 0 ? n : 4,
            r.Map.NumberInRange("line_height", 0.5, 3) ?? 1.1,
            color, r.Color("role_color", color.WithOpacity(0.75)), r.Box(FrameReference.Safe), r.Location);
    }

    public BillingBlock Layout(PromoServices services, PlatformSpec platform)
    {
        var typeface = services.Typeface(Font);
        var frameHeight = LayerBox.Frame(platform, Box.In).Height;
        return BillingBlock.Lay(services.Film.Metadata.Credits, Box.Resolve(platform), MinSize * frameHeight, MaxSize * frameHeight, MaxLines, LineHeight,
            TypeSetter.Extent(typeface), (s, size) => services.Shaper.MeasureWidth(s, typeface, (float)size));
    }

    public override IEnumerable<FingerprintInput> Reads(PromoServices services, string name) => [FingerprintInput.Value(name + " credits", services.Film.Metadata.Credits)];

    public override void Draw(LayerCanvas target)
    {
        var typeface = target.Services.Typeface(Font);
        using var names = new SKPaint { Color = LayerCanvas.ToSkia(Color), IsAntialias = true };
        using var roles = new SKPaint { Color = LayerCanvas.ToSkia(RoleColor), IsAntialias = true };
        foreach (var word in Layout(target.Services, target.Platform).Words)
        {
            target.Services.Shaper.Draw(target.Canvas, word.Text, typeface, (float)word.Size, (float)word.Left, (float)word.Baseline, SKTextAlign.Left, word.IsRole ? roles : names);
        }
    }
}
