using LegacyPress.Render.Composition.Transitions;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Composition;

/// <summary>Small pictures for pixel assertions: solid and split layers, and a transition composed into a bitmap.</summary>
internal static class Pixels
{
    public static readonly SKSizeI Size = new(64, 36);

    public static SKImage Solid(SKColor colour, SKSizeI? size = null)
    {
        var s = size ?? Size;
        using var surface = SKSurface.Create(new SKImageInfo(s.Width, s.Height, SKColorType.Bgra8888, SKAlphaType.Premul))!;
        surface.Canvas.Clear(colour);
        return surface.Snapshot();
    }

    /// <summary>A layer whose left half is <paramref name="left"/> and right half <paramref name="right"/>.</summary>
    public static SKImage Halves(SKColor left, SKColor right)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Size.Width, Size.Height, SKColorType.Bgra8888, SKAlphaType.Premul))!;
        surface.Canvas.Clear(right);
        using var paint = new SKPaint { Color = left };
        surface.Canvas.DrawRect(0, 0, Size.Width / 2f, Size.Height, paint);
        return surface.Snapshot();
    }

    public static SKBitmap Compose(ITransition transition, SKImage outgoing, SKImage incoming, float progress, int seed = 1)
    {
        var bitmap = new SKBitmap(new SKImageInfo(Size.Width, Size.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Black);
        transition.Compose(canvas, new TransitionFrame(outgoing, incoming, Size, progress, seed));
        canvas.Flush();
        return bitmap;
    }

    public static void Near(SKColor expected, SKColor actual, int tolerance = 2, string? where = null)
    {
        var ok = Math.Abs(expected.Red - actual.Red) <= tolerance
            && Math.Abs(expected.Green - actual.Green) <= tolerance
            && Math.Abs(expected.Blue - actual.Blue) <= tolerance;
        Assert.True(ok, $"expected {expected} but found {actual}{(where is null ? "" : " at " + where)}");
    }

    public static void All(SKBitmap bitmap, SKColor expected, int tolerance = 2)
    {
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                Near(expected, bitmap.GetPixel(x, y), tolerance, $"({x},{y})");
            }
        }
    }

    public static double Luma(SKColor c) => 0.2126 * c.Red + 0.7152 * c.Green + 0.0722 * c.Blue;
}
