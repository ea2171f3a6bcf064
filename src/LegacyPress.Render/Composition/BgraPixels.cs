using LegacyPress.Render.Frames;
using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>A BGRA (or RGBA: channels are treated alike) 32-bit raster seen as bytes, with its size and row stride.</summary>
public readonly ref struct BgraPixels
{
    public BgraPixels(Span<byte> bytes, int widthPixels, int heightPixels, int rowBytes)
    {
        if (widthPixels <= 0 || heightPixels <= 0 || rowBytes < widthPixels * 4 || bytes.Length < (long)rowBytes * (heightPixels - 1) + widthPixels * 4)
        {
            throw new ArgumentException($"{bytes.Length} bytes cannot hold {widthPixels}x{heightPixels} pixels {rowBytes} bytes apart");
        }
        Bytes = bytes;
        WidthPixels = widthPixels;
        HeightPixels = heightPixels;
        RowBytes = rowBytes;
    }

    public Span<byte> Bytes { get; }

    public int WidthPixels { get; }

    public int HeightPixels { get; }

    public int RowBytes { get; }

    /// <summary>A raster frame's pixels, after every canvas draw so far has landed in them.</summary>
    public static BgraPixels Of(RasterFrame frame) => new(frame.Pixels(), frame.WidthPixels, frame.HeightPixels, frame.RowBytes);

    /// <summary>The pixels of a raster pixmap (a still's, a surface's); valid while the pixmap is.</summary>
    public static BgraPixels Of(SKPixmap pixmap)
    {
        if (pixmap.BytesPerPixel != 4)
        {
            throw new ArgumentException($"a {pixmap.ColorType} pixmap is not 32-bit");
        }
        return new BgraPixels(pixmap.GetPixelSpan(), pixmap.Width, pixmap.Height, pixmap.RowBytes);
    }
}
