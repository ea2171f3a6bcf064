using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Tests.Look.Colour;

/// <summary>BGRA 8888 test images made from a colour per pixel, and the Lab colours of their pixels.</summary>
internal static class BgraPixels
{
    public static byte[] Fill(int width, int height, Func<int, int, (byte R, byte G, byte B)> colourAt)
    {
        var pixels = new byte[4 * width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = colourAt(x, y);
                var i = 4 * (y * width + x);
                (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]) = (b, g, r, 255);
            }
        }
        return pixels;
    }

    /// <summary>The same image with each pixel's colour replaced (alpha kept).</summary>
    public static byte[] Map(byte[] bgra, Func<(byte R, byte G, byte B), (byte R, byte G, byte B)> change)
    {
        var result = (byte[])bgra.Clone();
        for (var i = 0; i < result.Length; i += 4)
        {
            (result[i + 2], result[i + 1], result[i]) = change((result[i + 2], result[i + 1], result[i]));
        }
        return result;
    }

    public static Lab LabAt(byte[] bgra, int pixel) => Cielab.FromSrgb(bgra[4 * pixel + 2], bgra[4 * pixel + 1], bgra[4 * pixel]);

    public static Lab MeanLab(byte[] bgra)
    {
        double l = 0, a = 0, b = 0;
        var count = bgra.Length / 4;
        for (var p = 0; p < count; p++)
        {
            var lab = LabAt(bgra, p);
            (l, a, b) = (l + lab.L, a + lab.A, b + lab.B);
        }
        return new Lab(l / count, a / count, b / count);
    }

    /// <summary>The mean ΔE00 between corresponding pixels of two images of the same size.</summary>
    public static double MeanPixelDelta(byte[] x, byte[] y)
    {
        var total = 0.0;
        var count = x.Length / 4;
        for (var p = 0; p < count; p++)
        {
            total += Ciede2000.Delta(LabAt(x, p), LabAt(y, p));
        }
        return total / count;
    }

    public static byte ToByte(double encoded) => (byte)Math.Clamp(Math.Round(encoded * 255), 0, 255);
}
