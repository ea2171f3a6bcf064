using LegacyPress.Core.Model;
using LegacyPress.Render.Frames;
using SkiaSharp;

namespace LegacyPress.Render.Look;

/// <summary>
/// Wraps any frame drawer with the film's look: the inner drawer paints into a per-thread bitmap, the look grades
/// its pixels, and the result is drawn onto the target canvas. Independent of how the picture was composed.
/// Owns (and disposes) the inner drawer.
/// </summary>
// INTEGRATION: in Cli/FrameDrawers.cs (owned by feat/compose), wrap whatever drawer is built for the film:
//   new LookedFrameDrawer(inner, LookProcessor.Create(film.Look, film.Project, inner.WidthPixels, inner.HeightPixels))
// Create throws RenderException for a missing/malformed LUT, which the render/still commands already report.
public sealed class LookedFrameDrawer : IFrameDrawer, IDisposable
{
    private readonly IFrameDrawer inner;
    private readonly LookProcessor look;
    private readonly ThreadLocal<SKBitmap> buffers;

    public LookedFrameDrawer(IFrameDrawer inner, LookProcessor look)
    {
        if (look.Width != inner.WidthPixels || look.Height != inner.HeightPixels)
        {
            throw new ArgumentException($"the look is for {look.Width}x{look.Height} frames, the drawer draws {inner.WidthPixels}x{inner.HeightPixels}", nameof(look));
        }
        this.inner = inner;
        this.look = look;
        var info = new SKImageInfo(inner.WidthPixels, inner.HeightPixels, SKColorType.Bgra8888, SKAlphaType.Premul);
        buffers = new ThreadLocal<SKBitmap>(() => new SKBitmap(info), trackAllValues: true);
    }

    public int WidthPixels => inner.WidthPixels;

    public int HeightPixels => inner.HeightPixels;

    public FrameRate FrameRate => inner.FrameRate;

    public int FrameCount => inner.FrameCount;

    public bool CoversFrame => inner.CoversFrame;

    public void Draw(int frameIndex, SKCanvas canvas)
    {
        if (look.IsNeutral)
        {
            inner.Draw(frameIndex, canvas);
            return;
        }
        var bitmap = buffers.Value!;
        using (var bufferCanvas = new SKCanvas(bitmap))
        {
            bufferCanvas.Clear(SKColors.Black);
            inner.Draw(frameIndex, bufferCanvas);
            bufferCanvas.Flush();
        }
        look.Apply(bitmap.GetPixelSpan(), bitmap.RowBytes, frameIndex);
        bitmap.NotifyPixelsChanged();
        // Pixel-aligned copy: nearest sampling keeps it exact.
        canvas.DrawBitmap(bitmap, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
    }

    /// <summary>The inner picture drawn straight into the frame and graded there: no buffer, no copy.</summary>
    public void Render(int frameIndex, RasterFrame frame)
    {
        inner.Render(frameIndex, frame);
        if (!look.IsNeutral)
        {
            look.Apply(frame.Pixels(), frame.RowBytes, frameIndex);
        }
    }

    /// <summary>The inner drawer's bands, each graded as soon as it is painted.</summary>
    public IFrameBands? BandsOf(int frameIndex)
    {
        var bands = inner.BandsOf(frameIndex);
        return bands is null || look.IsNeutral ? bands : new LookedBands(bands, look, frameIndex);
    }

    public void Dispose()
    {
        foreach (var bitmap in buffers.Values)
        {
            bitmap.Dispose();
        }
        buffers.Dispose();
        (inner as IDisposable)?.Dispose();
    }
}
