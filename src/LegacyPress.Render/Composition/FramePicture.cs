using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// What a drawing paints, kept as a picture to blit on later frames (cards, held shots): drawn once onto a raster
/// surface cleared to <paramref name="ground"/>, then snapshotted.
/// </summary>
public static class FramePicture
{
    /// <summary>Pictures are blitted at whole pixels, so nearest sampling copies them exactly.</summary>
    private static readonly SKSamplingOptions Exact = new(SKFilterMode.Nearest);

    /// <summary>Draws <paramref name="picture"/> at the frame's origin, pixel for pixel (faded by the paint's alpha, if given).</summary>
    public static void Blit(SKCanvas canvas, SKImage picture, SKPaint? paint = null) => canvas.DrawImage(picture, 0, 0, Exact, paint);

    public static SKImage Of(SKSizeI size, SKColor ground, Action<SKCanvas> draw)
    {
        using var surface = SKSurface.Create(new SKImageInfo(size.Width, size.Height, SKColorType.Bgra8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"cannot allocate a {size.Width}x{size.Height} picture");
        surface.Canvas.Clear(ground);
        draw(surface.Canvas);
        return surface.Snapshot();
    }
}
