using System.Globalization;

namespace LegacyPress.Core.Loading;

/// <summary>
/// The largest picture LegacyPress decodes — a still, a promo image or logo, a picture in the press kit's Markdown —
/// checked from the image header (<see cref="ImageFiles"/>) before any pixel is read: a PNG cannot be decoded at a
/// reduced size, so its full pixels are held once (4 bytes each). Documented in docs/limits.md.
/// </summary>
public static class ImageLimits
{
    /// <summary>Longest side in pixels (the usual GPU texture limit; 8K video is 7680 wide).</summary>
    public const int MaxSide = 16_384;

    /// <summary>Most pixels (64 megapixels, 256 MiB decoded); a 61-megapixel camera still fits.</summary>
    public const long MaxPixels = 64L * 1024 * 1024;

    /// <summary>Why an image of this size is refused, or null when it is within the limits.</summary>
    public static string? Problem(int width, int height)
    {
        if (width > MaxSide || height > MaxSide)
        {
            return $"it is {width}x{height} pixels; an image may be at most {MaxSide} pixels on its longest side (see docs/limits.md) — scale it down";
        }
        if ((long)width * height > MaxPixels)
        {
            return $"it is {width}x{height} pixels ({Megapixels((long)width * height)} megapixels); an image may have at most {Megapixels(MaxPixels)} megapixels (see docs/limits.md) — scale it down";
        }
        return null;
    }

    private static string Megapixels(long pixels) => (pixels / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture);
}
