using SkiaSharp;

namespace LegacyPress.SampleArt;

/// <summary>Paints one scene onto an sRGB surface and encodes it as the JPEG the sample film ships.</summary>
public static class StillRenderer
{
    public const int JpegQuality = 88;

    public static byte[] Render(IScene scene)
    {
        var info = new SKImageInfo(scene.Size.Width, scene.Size.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"Cannot allocate {scene.Size} for {scene.FileName}.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Black);
        scene.Paint(canvas, scene.Size, new Random(StableSeed(scene.FileName)));
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return data.ToArray();
    }

    /// <summary>FNV-1a of the file name: string.GetHashCode is randomised per process, which would break determinism.</summary>
    public static int StableSeed(string name)
    {
        var hash = 2166136261u;
        foreach (var ch in name)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        return (int)(hash & 0x7fffffff);
    }
}
