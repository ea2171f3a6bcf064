using SkiaSharp;

namespace LegacyPress.Render.Pictures;

/// <summary>The fonts, paints and colours of LegacyPress's report pictures (timeline, look sheet): one dark-room style.</summary>
internal static class PictureInk
{
    public static readonly SKColor Background = new(0x16, 0x13, 0x10);
    public static readonly SKColor Lane = new(0x22, 0x1D, 0x18);
    public static readonly SKColor Ink = new(0xEE, 0xE4, 0xD2);
    public static readonly SKColor Dim = new(0x8A, 0x7F, 0x6E);
    public static readonly SKColor Brass = new(0xC8, 0x95, 0x4A);
    public static readonly SKColor Teal = new(0x4F, 0xC3, 0xC0);
    public static readonly SKColor Violet = new(0x9B, 0x7B, 0xD8);
    public static readonly SKColor Alarm = new(0xE0, 0x4F, 0x3A);

    public static SKFont Font(float size, bool bold = false) =>
        new(SKTypeface.FromFamilyName("Lato", bold ? SKFontStyle.Bold : SKFontStyle.Normal) ?? SKTypeface.Default, size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    public static SKPaint Fill(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };

    public static SKPaint Stroke(SKColor color, float width = 1.5f) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width };
}
