using SkiaSharp;

namespace LegacyPress.TestSupport;

/// <summary>The small stills test projects are made of.</summary>
public static class TestStills
{
    /// <summary>Independent noise in every channel, fixed by position: the hardest picture for a resampler to agree on.</summary>
    public static SKColor Noise(int x, int y)
    {
        var h = unchecked((uint)(x * 73856093 ^ y * 19349663) * 2654435761u);
        return new SKColor((byte)h, (byte)(h >> 8), (byte)(h >> 16));
    }

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
