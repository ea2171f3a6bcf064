using LegacyPress.Core.Files;
using SkiaSharp;

namespace LegacyPress.Render.Pictures;

/// <summary>
/// The still an empty project starts with, so it checks and renders before the film-maker has a picture of their
/// own: a dusk sky over a dark hill, drawn rather than shipped, with its glow in the middle where its focus is.
/// </summary>
public static class PlaceholderStill
{
    public const int Width = 1920;
    public const int Height = 1080;

    /// <summary>Writes the placeholder as a JPEG (a smooth gradient is ten times smaller than as PNG), never half-written.</summary>
    public static void Write(string path)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Bgra8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"cannot allocate a {Width}x{Height} picture");
        Draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90)
            ?? throw new InvalidOperationException("cannot encode the placeholder still");
        OutputFile.WriteAllBytes(path, jpeg.AsSpan());
    }

    private static void Draw(SKCanvas canvas)
    {
        using var sky = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(0, Height),
                [new SKColor(0x1b, 0x26, 0x3b), new SKColor(0x5a, 0x4a, 0x6e), new SKColor(0xd9, 0x8c, 0x4f)],
                [0f, 0.55f, 0.85f],
                SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, Width, Height, sky);

        // The glow sits at the centre, the starter film's focus, so zooms push in on something.
        using var glow = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(
                new SKPoint(Width / 2f, Height / 2f), Height * 0.45f,
                [new SKColor(0xff, 0xd9, 0xa0, 0xc0), new SKColor(0xff, 0xd9, 0xa0, 0x38), new SKColor(0xff, 0xd9, 0xa0, 0)],
                [0f, 0.45f, 1f],
                SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, Width, Height, glow);

        using var builder = new SKPathBuilder();
        builder.MoveTo(0, Height * 0.78f);
        builder.QuadTo(Width * 0.3f, Height * 0.66f, Width * 0.62f, Height * 0.76f);
        builder.QuadTo(Width * 0.85f, Height * 0.83f, Width, Height * 0.72f);
        builder.LineTo(Width, Height);
        builder.LineTo(0, Height);
        builder.Close();
        using var hill = builder.Detach();
        using var ground = new SKPaint { Color = new SKColor(0x14, 0x12, 0x1a), IsAntialias = true };
        canvas.DrawPath(hill, ground);
    }
}
