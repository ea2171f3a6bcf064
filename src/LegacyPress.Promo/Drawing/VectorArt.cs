using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Platforms;
using SkiaSharp;
using Svg.Skia;

namespace LegacyPress.Promo.Drawing;

/// <summary>Draws an SVG (as vectors, so a PDF keeps it sharp) or a bitmap whole and centred in a box.</summary>
public static class VectorArt
{
    public static void DrawContained(SKCanvas canvas, string path, PixelRect box, double opacity, PromoImages images, SKColor? tint = null)
    {
        using var paint = new SKPaint { Color = SKColors.White.WithAlpha((byte)Math.Round(opacity * 255)), IsAntialias = true };
        if (tint is { } t)
        {
            paint.ColorFilter = SKColorFilter.CreateBlendMode(t, SKBlendMode.SrcIn);
        }
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            using var svg = new SKSvg();
            // Never svg.Load(path): Svg.Skia would read files and fetch URLs the SVG points at. SafeSvg strips them first.
            using var clean = SafeSvg.Open(path);
            var picture = svg.Load(clean) ?? throw new PromoException($"{path}: not an SVG that can be drawn");
            var bounds = picture.CullRect;
            var place = CoverCrop.Contain(new PixelSize((int)Math.Ceiling(bounds.Width), (int)Math.Ceiling(bounds.Height)), box);
            var scale = (float)(place.Width / bounds.Width);
            var matrix = SKMatrix.CreateTranslation((float)place.X, (float)place.Y)
                .PreConcat(SKMatrix.CreateScale(scale, scale))
                .PreConcat(SKMatrix.CreateTranslation(-bounds.Left, -bounds.Top));
            canvas.DrawPicture(picture, in matrix, paint);
            return;
        }
        var image = images.File(path);
        var target = CoverCrop.Contain(new PixelSize(image.Width, image.Height), box);
        canvas.DrawImage(image, LayerCanvas.ToSkia(target), new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
    }
}
