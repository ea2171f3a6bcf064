using LegacyPress.Core.Files;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Frames;
using SkiaSharp;

namespace LegacyPress.Render.Films;

/// <summary>Renders one frame of a film to a PNG, written atomically.</summary>
public sealed class StillRenderer(FrameDrawerFactory drawers)
{
    /// <summary>Renders the frame nearest <paramref name="atSeconds"/> (clamped to the film) and returns its index.</summary>
    public int RenderPng(Film film, Timeline timeline, RenderPreset preset, double atSeconds, string pngPath)
    {
        var frame = timeline.NearestFrame(atSeconds);
        var drawer = drawers(film, timeline, preset);
        try
        {
            FilmRenderer.CheckDrawer(drawer, preset, timeline.TotalFrames);
            using var image = Draw(drawer, frame);
            WritePng(image, pngPath);
        }
        finally
        {
            (drawer as IDisposable)?.Dispose();
        }
        return frame;
    }

    /// <summary>One frame as a Skia image, drawn the way the encoding pipeline draws it.</summary>
    public static SKImage Draw(IFrameDrawer drawer, int frame)
    {
        var info = new SKImageInfo(drawer.WidthPixels, drawer.HeightPixels, SKColorType.Bgra8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"cannot allocate a {info.Width}x{info.Height} frame");
        surface.Canvas.Clear(SKColors.Black);
        drawer.Draw(frame, surface.Canvas);
        return surface.Snapshot();
    }

    /// <summary>Encodes <paramref name="image"/> as PNG under a temporary name (opened by <paramref name="streams"/>), then moves it into place.</summary>
    /// <exception cref="OutputWriteException">The file system refused or ran out of room; the previous file is untouched.</exception>
    public static void WritePng(SKImage image, string pngPath, OutputStreamFactory? streams = null)
    {
        // Encoded in memory and written whole, so the file's length is checked before it replaces the old one.
        using var data = image.Encode(SKEncodedImageFormat.Png, 100) ?? throw new InvalidOperationException("PNG encoding failed");
        OutputFile.WriteAllBytes(pngPath, data.Span, streams: streams);
    }
}
