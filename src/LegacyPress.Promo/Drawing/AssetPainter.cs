using LegacyPress.Promo.Templates;
using SkiaSharp;

namespace LegacyPress.Promo.Drawing;

/// <summary>
/// Draws a template's layers, in order, onto a canvas in the platform's pixel coordinates (a raster surface or a PDF
/// page), with its movable layers placed off the key art's subject first.
/// </summary>
public static class AssetPainter
{
    public static void Paint(SKCanvas canvas, PromoTemplate template, PromoServices services, CancellationToken cancellation)
    {
        var target = new LayerCanvas(canvas, template.Platform, services);
        canvas.Save();
        canvas.ClipRect(LayerCanvas.ToSkia(template.Platform.Bounds));
        canvas.DrawRect(LayerCanvas.ToSkia(template.Platform.Bounds), new SKPaint { Color = SKColors.Black });
        foreach (var layer in SubjectAvoidance.Place(template, services).Layers)
        {
            cancellation.ThrowIfCancellationRequested();
            layer.Draw(target);
        }
        canvas.Restore();
    }

    /// <summary>The asset as an opaque raster image at the platform's exact size.</summary>
    public static SKImage Raster(PromoTemplate template, PromoServices services, CancellationToken cancellation)
    {
        var size = template.Platform.Canvas;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new PromoException($"{template.Name}: cannot allocate a {size} canvas");
        Paint(surface.Canvas, template, services, cancellation);
        return surface.Snapshot();
    }
}
