using SkiaSharp;

namespace LegacyPress.TestSupport;

/// <summary>The small stills test projects are made of.</summary>
public static class TestStills
{
    /// <summary>A flat colour still with a white disc in the middle (so motion and framing are visible), as PNG.</summary>
    public static void Write(string path, SKColor colour, int width = 320, int height = 200)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var surface = SKSurface.Create(new SKImageInfo(width, height))!;
        surface.Canvas.Clear(colour);
        using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true };
        surface.Canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 5f, paint);
        using var data = surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
