using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Templates;
using SkiaSharp;

namespace LegacyPress.Promo.Drawing;

/// <summary>What a layer draws on: the canvas in the platform's pixel coordinates, the platform and the shared services.</summary>
public sealed record LayerCanvas(SKCanvas Canvas, PlatformSpec Platform, PromoServices Services)
{
    public PixelRect Resolve(LayerBox box) => box.Resolve(Platform);

    public static SKRect ToSkia(PixelRect r) => new((float)r.X, (float)r.Y, (float)r.Right, (float)r.Bottom);

    public static SKColor ToSkia(PromoColor c) => new(c.R, c.G, c.B, c.A);
}
