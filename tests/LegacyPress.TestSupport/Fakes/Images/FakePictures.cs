using System.Security.Cryptography;
using System.Text;
using SkiaSharp;

namespace LegacyPress.TestSupport.Fakes.Images;

/// <summary>
/// The pictures the fake services make: real PNGs at the size asked for, whose colour is decided by the words that
/// decide a real service's picture (prompt and seed), so the same request makes the same picture and another makes another.
/// </summary>
public static class FakePictures
{
    public static SKColor ColourOf(string decidedBy)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(decidedBy));
        return new SKColor(hash[0], hash[1], hash[2]);
    }

    public static byte[] Png(int width, int height, string decidedBy) => Encode(width, height, decidedBy, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width, int height, string decidedBy) => Encode(width, height, decidedBy, SKEncodedImageFormat.Jpeg);

    private static byte[] Encode(int width, int height, string decidedBy, SKEncodedImageFormat format)
    {
        var colour = ColourOf(decidedBy);
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(colour);
            // A lighter band across, so the picture has some light and shade like a real one.
            using var band = new SKPaint { Color = SKColors.White.WithAlpha(60), IsAntialias = true };
            canvas.DrawRect(0, height / 3f, width, height / 6f, band);
        }
        using var data = bitmap.Encode(format, 95);
        return data.ToArray();
    }

    /// <summary>The size and the colour at the centre-left of a PNG (outside the band).</summary>
    public static (int Width, int Height, SKColor Colour) Read(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a picture");
        return (bitmap.Width, bitmap.Height, bitmap.GetPixel(bitmap.Width / 4, bitmap.Height / 8));
    }
}
