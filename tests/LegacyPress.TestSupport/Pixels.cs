using SkiaSharp;

namespace LegacyPress.TestSupport;

/// <summary>Pixel measurements for picture tests: where the bright "ink" is, and a way to look at frames.</summary>
public static class Pixels
{
    /// <summary>Luma (0..255) of a pixel.</summary>
    public static double Luma(SKColor c) => 0.2126 * c.Red + 0.7152 * c.Green + 0.0722 * c.Blue;

    /// <summary>Bounding box of pixels brighter than <paramref name="threshold"/>, or null when there are none.</summary>
    public static SKRectI? InkBounds(SKBitmap bitmap, double threshold = 100)
    {
        var luma = LumaPlane(bitmap);
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (luma[y * bitmap.Width + x] > threshold)
                {
                    left = Math.Min(left, x);
                    top = Math.Min(top, y);
                    right = Math.Max(right, x);
                    bottom = Math.Max(bottom, y);
                }
            }
        }
        return right < 0 ? null : new SKRectI(left, top, right + 1, bottom + 1);
    }

    /// <summary>Mean luma of the whole bitmap.</summary>
    public static double MeanLuma(SKBitmap bitmap)
    {
        return LumaPlane(bitmap).Average();
    }

    /// <summary>Luma of every pixel, row by row, read straight from the pixel memory (GetPixel is far too slow for 4K).</summary>
    public static double[] LumaPlane(SKBitmap bitmap)
    {
        var (r, b) = bitmap.ColorType switch
        {
            SKColorType.Bgra8888 => (2, 0),
            SKColorType.Rgba8888 => (0, 2),
            _ => throw new NotSupportedException($"pixel format {bitmap.ColorType}"),
        };
        var bytes = bitmap.GetPixelSpan();
        var luma = new double[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            var row = bytes.Slice(y * bitmap.RowBytes, bitmap.Width * 4);
            for (var x = 0; x < bitmap.Width; x++)
            {
                luma[y * bitmap.Width + x] = 0.2126 * row[x * 4 + r] + 0.7152 * row[x * 4 + 1] + 0.0722 * row[x * 4 + b];
            }
        }
        return luma;
    }

    /// <summary>With LEGACYPRESS_KEEP_PNG set, saves the bitmap under $TMPDIR/legacypress-pngs so a person can look at it.</summary>
    public static void Keep(SKBitmap bitmap, string name)
    {
        if (Environment.GetEnvironmentVariable("LEGACYPRESS_KEEP_PNG") is null)
        {
            return;
        }
        var folder = Path.Combine(Path.GetTempPath(), "legacypress-pngs");
        Directory.CreateDirectory(folder);
        using var stream = File.Create(Path.Combine(folder, name + ".png"));
        bitmap.Encode(stream, SKEncodedImageFormat.Png, 100);
    }
}
