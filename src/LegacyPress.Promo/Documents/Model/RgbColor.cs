using System.Globalization;

namespace LegacyPress.Promo.Documents.Model;

/// <summary>An opaque sRGB colour; the document model stays free of Skia types.</summary>
public readonly record struct RgbColor(byte R, byte G, byte B)
{
    /// <summary>Parses <c>#RRGGBB</c>.</summary>
    public static RgbColor FromHex(string hex)
    {
        var h = hex.TrimStart('#');
        if (h.Length != 6 || !int.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
        {
            throw new FormatException($"'{hex}' is not a #RRGGBB colour");
        }
        return new RgbColor((byte)(v >> 16), (byte)(v >> 8 & 0xFF), (byte)(v & 0xFF));
    }

    public static RgbColor Black { get; } = new(0, 0, 0);

    public static RgbColor White { get; } = new(255, 255, 255);
}
