using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// A decoded still ready to draw: an upright copy scaled once to the detail the film needs, and the size of the
/// source file's picture, which camera geometry works in. The blurred backdrop for <c>fit: contain</c> is made on first use.
/// </summary>
public sealed class Still : IDisposable
{
    private readonly Lazy<SKImage> backdrop;
    private readonly Lazy<MipChain> mips;
    private readonly Lazy<SKPixmap?> pixels;

    public Still(SKImage image, PixelSize sourceSize, SKSizeI frameSize)
    {
        Image = image;
        SourceSize = sourceSize;
        backdrop = new Lazy<SKImage>(() => ContainBackdrop.Create(image, frameSize), LazyThreadSafetyMode.ExecutionAndPublication);
        mips = new Lazy<MipChain>(() => new MipChain(image), LazyThreadSafetyMode.ExecutionAndPublication);
        pixels = new Lazy<SKPixmap?>(image.PeekPixels, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The pixels drawn; may be smaller than the source (never larger).</summary>
    public SKImage Image { get; }

    /// <summary>The drawn pixels themselves, for <see cref="BilinearResampler"/>; null if the image is not in memory (never for a library's still).</summary>
    public SKPixmap? Pixels => pixels.Value;

    /// <summary>The upright size of the picture in the file.</summary>
    public PixelSize SourceSize { get; }

    public double PixelsPerSourcePixelX => Image.Width / SourceSize.Width;

    public double PixelsPerSourcePixelY => Image.Height / SourceSize.Height;

    /// <summary>A blurred, darkened, frame-filling copy of the still at frame size, for <c>fit: contain</c>.</summary>
    public SKImage Backdrop => backdrop.Value;

    /// <summary>The still's halvings, made on first use by a move that shrinks it past half size.</summary>
    public MipChain Mips => mips.Value;

    public long Bytes => (long)Image.Width * Image.Height * 4
        + (backdrop.IsValueCreated ? (long)Backdrop.Width * Backdrop.Height * 4 : 0)
        + (mips.IsValueCreated ? mips.Value.Bytes : 0);

    public void Dispose()
    {
        if (pixels.IsValueCreated)
        {
            pixels.Value?.Dispose();
        }
        if (mips.IsValueCreated)
        {
            mips.Value.Dispose();
        }
        if (backdrop.IsValueCreated)
        {
            backdrop.Value.Dispose();
        }
        Image.Dispose();
    }
}
