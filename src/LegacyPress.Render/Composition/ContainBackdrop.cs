using LegacyPress.Core.Model;
using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// The fill behind a <c>fit: contain</c> still: the same picture cover-fitted, heavily blurred and darkened, so a
/// portrait still in a landscape frame sits on its own colours instead of black bars.
/// </summary>
public static class ContainBackdrop
{
    /// <summary>Backdrops are drawn at a fraction of the frame: they are blurred anyway, and small ones are cheap.</summary>
    private const int Reduction = 4;
    private const float BlurSigmaPerHeight = 0.06f;
    private const float Brightness = 0.45f;

    public static SKImage Create(SKImage still, SKSizeI frameSize)
    {
        var width = Math.Max(1, frameSize.Width / Reduction);
        var height = Math.Max(1, frameSize.Height / Reduction);
        var size = new PixelSize(width, height);
        var view = CameraGeometry.View(new PixelSize(still.Width, still.Height), size, new Framing(1, 0.5, 0.5), FocusPoint.Centre, Fit.Cover, reframe: false);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"cannot allocate a {width}x{height} backdrop");
        var sigma = BlurSigmaPerHeight * height;
        using var blur = SKImageFilter.CreateBlur(sigma, sigma, SKShaderTileMode.Clamp);
        using var darken = SKColorFilter.CreateBlendMode(new SKColor(0, 0, 0, (byte)Math.Round((1 - Brightness) * 255)), SKBlendMode.SrcOver);
        using var shader = still.ToShader(SKShaderTileMode.Clamp, SKShaderTileMode.Clamp, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), view.ImageToFrame(size));
        using var paint = new SKPaint { Shader = shader, ImageFilter = blur, ColorFilter = darken };
        // Painted past the edges (the shader clamps) so the blur near an edge averages picture, not transparency.
        var margin = 3 * sigma;
        surface.Canvas.DrawRect(-margin, -margin, width + 2 * margin, height + 2 * margin, paint);
        return surface.Snapshot();
    }
}
