using LegacyPress.Promo.Documents.Model;
using SkiaSharp;

namespace LegacyPress.Promo.Documents.Pdf;

/// <summary>Reads an image file's pixel size from its header, without decoding it.</summary>
public static class ImageProbe
{
    public static PixelSize? Size(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        using var codec = SKCodec.Create(path);
        return codec is null ? null : new PixelSize(codec.Info.Width, codec.Info.Height);
    }
}
