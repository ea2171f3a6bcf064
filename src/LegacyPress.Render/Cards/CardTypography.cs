using SkiaSharp;

namespace LegacyPress.Render.Cards;

/// <summary>
/// The look of every card in one place: colours, and sizes given for a 1080-pixel frame and scaled by the frame's
/// shorter side, so a card reads the same at 640x360, 1920x1080, 3840x2160 and 1080x1920.
/// </summary>
internal sealed class CardTypography(SKSizeI frame)
{
    /// <summary>Warm paper white: pure white looks clinical next to graded pictures.</summary>
    public static readonly SKColor Ink = new(0xEE, 0xE5, 0xD3);

    /// <summary>Brass, the film's accent: rules, act numbers, credit roles.</summary>
    public static readonly SKColor Brass = new(0xC4, 0x9C, 0x5E);

    public static readonly SKColor BackgroundCentre = new(0x1E, 0x1A, 0x15);

    public static readonly SKColor BackgroundEdge = new(0x06, 0x05, 0x04);

    public SKSizeI Frame { get; } = frame;

    public bool IsPortrait => Frame.Height > Frame.Width;

    /// <summary>Pixels per "point" of a 1080-pixel-high design.</summary>
    public float Unit => Math.Min(Frame.Width, Frame.Height) / 1080f;

    public float Px(float designPixels) => designPixels * Unit;

    /// <summary>Width text may use, centred: wide on landscape, nearly all of a portrait frame.</summary>
    public float ColumnWidth => Frame.Width * (IsPortrait ? 0.86f : 0.70f);

    public float CentreX => Frame.Width / 2f;
}
