using LegacyPress.Core.Files;
using LegacyPress.Promo.Drawing;
using LegacyPress.Render.Encoding;
using SkiaSharp;

namespace LegacyPress.Promo.Output;

/// <summary>
/// Encodes an asset as PNG or JPEG with its resolution in the file, written atomically. A JPEG over its
/// platform's byte limit is re-encoded at lower quality steps until it fits (or fails, naming the limit).
/// </summary>
public static class RasterWriter
{
    /// <summary>Quality steps tried in order; 92 first because it is visually lossless for painted key art.</summary>
    public static IReadOnlyList<int> JpegQualities { get; } = [92, 88, 84, 80, 75, 70, 65, 60, 50, 40];

    public static (long Bytes, int? Quality) WritePng(SKImage image, int dpi, string path, OutputStreamFactory? streams = null)
    {
        using var data = image.Encode(SKEncodedImageFormat.Png, 100) ?? throw new PromoException($"{path}: PNG encoding failed");
        return (Commit(ImageMetadata.SetPngDpi(data.Span, dpi), path, streams), null);
    }

    public static (long Bytes, int? Quality) WriteJpeg(SKImage image, int dpi, long? maxBytes, string path, OutputStreamFactory? streams = null)
    {
        using var pixmap = image.PeekPixels() ?? throw new PromoException($"{path}: image pixels are not readable");
        byte[]? bytes = null;
        var quality = 0;
        foreach (var q in JpegQualities)
        {
            quality = q;
            using var data = pixmap.Encode(new SKJpegEncoderOptions(q, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))
                ?? throw new PromoException($"{path}: JPEG encoding failed");
            bytes = ImageMetadata.SetJpegDpi(data.Span, dpi);
            if (maxBytes is not { } max || bytes.Length <= max)
            {
                return (Commit(bytes, path, streams), quality);
            }
        }
        throw new PromoException($"{path}: even at JPEG quality {quality} the file is {bytes!.Length:N0} bytes, over the platform's limit of {maxBytes:N0}");
    }

    private static long Commit(byte[] bytes, string path, OutputStreamFactory? streams)
    {
        OutputFile.WriteAllBytes(path, bytes, streams: streams);
        return bytes.Length;
    }
}
