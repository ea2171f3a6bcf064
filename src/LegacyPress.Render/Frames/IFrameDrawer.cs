using LegacyPress.Core.Model;
using SkiaSharp;

namespace LegacyPress.Render.Frames;

/// <summary>
/// Draws any frame of a film on demand. The contract between composition (what a frame shows) and the
/// encoding pipeline (which draws frames in parallel and streams them to ffmpeg in order):
/// <see cref="Draw"/> must be safe to call concurrently from several threads, each with its own canvas.
/// </summary>
public interface IFrameDrawer
{
    int WidthPixels { get; }

    int HeightPixels { get; }

    /// <summary>The film's exact rate, which the encoder writes into the stream.</summary>
    FrameRate FrameRate { get; }

    int FrameCount { get; }

    /// <summary>Every frame paints every pixel opaquely, so the target need not be cleared first (an 8 MB write at 1080p).</summary>
    bool CoversFrame => false;

    /// <summary>Draws frame <paramref name="frameIndex"/> (0-based) onto a canvas of exactly Width x Height.</summary>
    void Draw(int frameIndex, SKCanvas canvas);

    /// <summary>
    /// Draws frame <paramref name="frameIndex"/> into a raster frame whose pixels the drawer may also work on directly
    /// (the look grades them in place, with no copy). The same picture as <see cref="Draw"/>, to the bit.
    /// </summary>
    void Render(int frameIndex, RasterFrame frame) => Draw(frameIndex, frame.Canvas);

    /// <summary>
    /// Frame <paramref name="frameIndex"/> as bands of rows (see <see cref="IFrameBands"/>) when every pixel of it can
    /// be painted without a canvas; null when it needs one (cards, transitions, text over the picture), and then
    /// <see cref="Render"/> draws it. Called on the drawing thread that paints the bands.
    /// </summary>
    IFrameBands? BandsOf(int frameIndex) => null;
}

/// <summary>
/// A frame-sized BGRA raster surface seen both as a canvas and as its pixels (the pipeline's drawing target).
/// Pixels written directly are seen by later canvas draws: raster canvases draw straight into the same memory.
/// </summary>
public sealed class RasterFrame : IDisposable
{
    private readonly SKSurface surface;
    private readonly SKPixmap pixmap;

    public RasterFrame(int widthPixels, int heightPixels)
    {
        var info = new SKImageInfo(widthPixels, heightPixels, SKColorType.Bgra8888, SKAlphaType.Premul);
        surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"cannot allocate a {widthPixels}x{heightPixels} frame");
        pixmap = surface.PeekPixels();
        WidthPixels = widthPixels;
        HeightPixels = heightPixels;
    }

    public int WidthPixels { get; }

    public int HeightPixels { get; }

    public SKCanvas Canvas => surface.Canvas;

    public int RowBytes => pixmap.RowBytes;

    /// <summary>The picture as it is now (copy-on-write: it stays as it is when the frame is drawn on again).</summary>
    public SKImage Snapshot() => surface.Snapshot();

    /// <summary>The pixels, after every canvas draw so far has landed in them.</summary>
    public Span<byte> Pixels()
    {
        surface.Canvas.Flush();
        return pixmap.GetPixelSpan();
    }

    public void Dispose()
    {
        pixmap.Dispose();
        surface.Dispose();
    }
}
