using LegacyPress.Core.Diagnostics;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Templates;
using SkiaSharp;

namespace LegacyPress.Promo.Layers;

/// <summary>A flat colour over its box (<c>fill: "#0b0b12"</c>), e.g. a background or a tint over a picture.</summary>
public sealed record FillLayer(PromoColor Color, LayerBox Box, SourceLocation Location) : PromoLayer(Box, Location)
{
    public const string Key = "fill";

    public override string Kind => Key;

    internal static PromoLayer? Read(LayerReader r)
    {
        var color = r.Color(Key, PromoColor.Black).WithOpacity(r.Fraction("opacity", 1));
        return new FillLayer(color, r.Box(FrameReference.Canvas), r.Location);
    }

    public override void Draw(LayerCanvas target)
    {
        using var paint = new SKPaint { Color = LayerCanvas.ToSkia(Color) };
        target.Canvas.DrawRect(LayerCanvas.ToSkia(target.Resolve(Box)), paint);
    }
}
