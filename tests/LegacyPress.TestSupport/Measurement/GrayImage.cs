using SkiaSharp;

namespace LegacyPress.TestSupport.Measurement;

/// <summary>A single-channel picture held as floats, sampled bilinearly at any point (pixel centres at i + 0.5).</summary>
public sealed class GrayImage
{
    public GrayImage(int widthPixels, int heightPixels, float[] values)
    {
        if (values.Length != widthPixels * heightPixels)
        {
            throw new ArgumentException("the values do not fill the picture", nameof(values));
        }
        WidthPixels = widthPixels;
        HeightPixels = heightPixels;
        Values = values;
    }

    public int WidthPixels { get; }

    public int HeightPixels { get; }

    public float[] Values { get; }

    public float this[int x, int y] => Values[y * WidthPixels + x];

    public static GrayImage FromBytes(int widthPixels, int heightPixels, ReadOnlySpan<byte> values)
    {
        var floats = new float[widthPixels * heightPixels];
        for (var i = 0; i < floats.Length; i++)
        {
            floats[i] = values[i];
        }
        return new GrayImage(widthPixels, heightPixels, floats);
    }

    /// <summary>Bilinear sample at a continuous point, the edges repeated outward (Skia's clamp).</summary>
    public double Sample(double x, double y)
    {
        var fx = x - 0.5;
        var fy = y - 0.5;
        var x0 = (int)Math.Floor(fx);
        var y0 = (int)Math.Floor(fy);
        var tx = fx - x0;
        var ty = fy - y0;
        var xa = Math.Clamp(x0, 0, WidthPixels - 1);
        var xb = Math.Clamp(x0 + 1, 0, WidthPixels - 1);
        var ya = Math.Clamp(y0, 0, HeightPixels - 1);
        var yb = Math.Clamp(y0 + 1, 0, HeightPixels - 1);
        var top = this[xa, ya] + (this[xb, ya] - this[xa, ya]) * tx;
        var bottom = this[xa, yb] + (this[xb, yb] - this[xa, yb]) * tx;
        return top + (bottom - top) * ty;
    }

    /// <summary>The picture as an 8-bit grey Skia image (R = G = B when drawn).</summary>
    public SKImage ToSkImage()
    {
        var info = new SKImageInfo(WidthPixels, HeightPixels, SKColorType.Gray8, SKAlphaType.Opaque);
        var bytes = new byte[Values.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)Math.Clamp(Math.Round(Values[i]), 0, 255);
        }
        using var data = SKData.CreateCopy(bytes);
        return SKImage.FromPixels(info, data, WidthPixels) ?? throw new InvalidOperationException("Skia refused the picture");
    }
}
