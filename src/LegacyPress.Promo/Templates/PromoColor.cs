using System.Globalization;

namespace LegacyPress.Promo.Templates;

/// <summary>A colour as templates write it, CSS-style: <c>#rgb</c>, <c>#rrggbb</c> or <c>#rrggbbaa</c> (alpha last).</summary>
public readonly record struct PromoColor(byte R, byte G, byte B, byte A)
{
    public static PromoColor Black => new(0, 0, 0, 255);

    public static PromoColor White => new(255, 255, 255, 255);

    public static PromoColor Transparent => new(0, 0, 0, 0);

    public PromoColor WithOpacity(double opacity) => this with { A = (byte)Math.Round(Math.Clamp(A * opacity, 0, 255)) };

    public static bool TryParse(string? text, out PromoColor color)
    {
        color = default;
        if (text is null || !text.StartsWith('#'))
        {
            return false;
        }
        var hex = text[1..];
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => $"{c}{c}"));
        }
        if (hex.Length == 6)
        {
            hex += "ff";
        }
        if (hex.Length != 8 || !uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
        {
            return false;
        }
        color = new PromoColor((byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v);
        return true;
    }

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}{A:x2}";
}
