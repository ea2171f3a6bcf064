using SkiaSharp;

namespace LegacyPress.SampleArt;

/// <summary>The film's colours: warm brass and umber for home, teal and violet for the other worlds.</summary>
public static class Palette
{
    public static readonly SKColor Night = new(0x07, 0x08, 0x12);
    public static readonly SKColor UmberDeep = new(0x14, 0x0b, 0x06);
    public static readonly SKColor Umber = new(0x36, 0x20, 0x12);
    public static readonly SKColor Walnut = new(0x5a, 0x36, 0x1e);
    public static readonly SKColor BrassDark = new(0x5c, 0x3f, 0x16);
    public static readonly SKColor Brass = new(0xb5, 0x88, 0x3a);
    public static readonly SKColor BrassLight = new(0xf2, 0xcf, 0x82);
    public static readonly SKColor Copper = new(0xb8, 0x62, 0x33);
    public static readonly SKColor Amber = new(0xff, 0xa8, 0x3c);
    public static readonly SKColor Lamplight = new(0xff, 0xd2, 0x8a);
    public static readonly SKColor Parchment = new(0xe8, 0xd3, 0xa6);
    public static readonly SKColor Ink = new(0x2a, 0x1a, 0x10);

    public static readonly SKColor AbyssTeal = new(0x03, 0x16, 0x1c);
    public static readonly SKColor DeepTeal = new(0x0a, 0x3a, 0x44);
    public static readonly SKColor Teal = new(0x1c, 0xb3, 0xa6);
    public static readonly SKColor Cyan = new(0x6c, 0xf4, 0xff);
    public static readonly SKColor Ice = new(0xd8, 0xfc, 0xff);
    public static readonly SKColor Violet = new(0x8a, 0x4c, 0xf0);
    public static readonly SKColor DeepViolet = new(0x24, 0x10, 0x44);
    public static readonly SKColor Magenta = new(0xd0, 0x5c, 0xd8);

    public static readonly SKColor Dusk = new(0x4a, 0x2a, 0x3c);
    public static readonly SKColor Gold = new(0xff, 0xc4, 0x5e);
    public static readonly SKColor Rose = new(0xf0, 0x8a, 0x6a);

    public static SKColor Mix(SKColor a, SKColor b, float t)
    {
        t = Math.Clamp(t, 0f, 1f);
        return new SKColor(
            (byte)(a.Red + ((b.Red - a.Red) * t)),
            (byte)(a.Green + ((b.Green - a.Green) * t)),
            (byte)(a.Blue + ((b.Blue - a.Blue) * t)),
            (byte)(a.Alpha + ((b.Alpha - a.Alpha) * t)));
    }

    public static SKColor Fade(this SKColor color, float alpha) => color.WithAlpha((byte)(Math.Clamp(alpha, 0f, 1f) * 255f));
}
