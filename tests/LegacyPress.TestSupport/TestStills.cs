using SkiaSharp;

namespace LegacyPress.TestSupport;

/// <summary>The small stills test projects are made of.</summary>
public static class TestStills
{
    /// <summary>
    /// A flat colour still with a white disc (so motion and framing are visible), as PNG; the disc is in the middle
    /// unless <paramref name="disc"/> places it (normalised, as a focus point is).
    /// </summary>
    public static void Write(string path, SKColor colour, int width = 320, int height = 200, (double X, double Y)? disc = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var surface = SKSurface.Create(new SKImageInfo(width, height))!;
        surface.Canvas.Clear(colour);
        using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true };
        var (x, y) = disc ?? (0.5, 0.5);
        surface.Canvas.DrawCircle((float)(width * x), (float)(height * y), Math.Min(width, height) / 5f, paint);
        using var data = surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
