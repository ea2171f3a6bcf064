using SkiaSharp;

namespace LegacyPress.Render.Composition.Transitions;

/// <summary>The few ways transitions put a frame-sized layer on the canvas: whole, faded, or moved/scaled by a float transform.</summary>
internal static class LayerPainting
{
    public static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.None);

    public static void Whole(SKCanvas canvas, SKImage layer) => canvas.DrawImage(layer, 0, 0, Sampling);

    public static void Faded(SKCanvas canvas, SKImage layer, float opacity)
    {
        if (opacity <= 0)
        {
            return;
        }
        using var paint = new SKPaint { Color = SKColors.White.WithAlpha(ToByte(opacity)) };
        canvas.DrawImage(layer, 0, 0, Sampling, paint);
    }

    /// <summary>Draws the layer moved by a fractional offset (no rounding: slides glide, they do not step).</summary>
    public static void Offset(SKCanvas canvas, SKImage layer, float dx, float dy) => canvas.DrawImage(layer, dx, dy, Sampling);

    /// <summary>Draws the layer scaled about the frame centre, faded.</summary>
    public static void Scaled(SKCanvas canvas, SKImage layer, SKSizeI size, float scale, float opacity)
    {
        if (opacity <= 0)
        {
            return;
        }
        canvas.Save();
        canvas.Scale(scale, scale, size.Width / 2f, size.Height / 2f);
        using var paint = new SKPaint { Color = SKColors.White.WithAlpha(ToByte(opacity)) };
        canvas.DrawImage(layer, 0, 0, Sampling, paint);
        canvas.Restore();
    }

    public static byte ToByte(float unit) => (byte)Math.Round(Math.Clamp(unit, 0, 1) * 255);

    /// <summary>Smoothstep of <paramref name="x"/> between two edges: 0 below, 1 above, an S-curve between.</summary>
    public static float Smooth(float edge0, float edge1, float x)
    {
        var t = Math.Clamp((x - edge0) / (edge1 - edge0), 0, 1);
        return t * t * (3 - 2 * t);
    }
}
