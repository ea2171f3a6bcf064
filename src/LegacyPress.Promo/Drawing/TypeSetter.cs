using LegacyPress.Promo.Layers;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Templates;
using LegacyPress.Render.Text;
using SkiaSharp;

namespace LegacyPress.Promo.Drawing;

/// <summary>
/// Draws laid-out type with the shared HarfBuzz shaper: each line one letter-spaced <see cref="TrackedLine"/> blob
/// (real text, so PDFs stay searchable) at the origin its block placed it, with an optional blurred shadow pass first.
/// </summary>
public static class TypeSetter
{
    public static FontExtent Extent(SKTypeface typeface)
    {
        using var font = TextShaper.CreateFont(typeface, 100);
        var metrics = font.Metrics;
        return new FontExtent(-metrics.Ascent / 100, metrics.Descent / 100);
    }

    public static void Draw(LayerCanvas target, TextBlock block, SKTypeface typeface, double tracking, PromoColor color, TextShadow? shadow, double frameHeight)
    {
        foreach (var line in block.Lines)
        {
            using var blob = TrackedLine.Shape(target.Services.Shaper, line.Text, typeface, block.Size, tracking * block.Size).ToBlob();
            if (blob is null)
            {
                continue;
            }
            if (shadow is not null)
            {
                using var shadowPaint = new SKPaint
                {
                    Color = LayerCanvas.ToSkia(shadow.Color),
                    IsAntialias = true,
                    MaskFilter = shadow.Blur > 0 ? SKMaskFilter.CreateBlur(SKBlurStyle.Normal, (float)(shadow.Blur * frameHeight)) : null,
                };
                target.Canvas.DrawText(blob, (float)(line.Left + shadow.OffsetX * frameHeight), (float)(line.Baseline + shadow.OffsetY * frameHeight), shadowPaint);
            }
            using var paint = new SKPaint { Color = LayerCanvas.ToSkia(color), IsAntialias = true };
            target.Canvas.DrawText(blob, (float)line.Left, (float)line.Baseline, paint);
        }
    }
}
