using SkiaSharp;

namespace LegacyPress.Render.Films;

/// <summary>
/// The fonts and paints of LegacyPress's contact sheets (the storyboard, the generation candidates): one dark sheet
/// with white titles and ids and grey detail, so the two read as the same tool's pages.
/// </summary>
public sealed class SheetInk : IDisposable
{
    public static readonly SKColor Background = new(24, 24, 28);

    private readonly SKTypeface regular = SystemFonts.Regular();
    private readonly SKTypeface bold = SystemFonts.Bold();

    /// <param name="titleSize">The sheet title's size in pixels.</param>
    public SheetInk(float titleSize)
    {
        Title = new SKFont(bold, titleSize);
        Id = new SKFont(bold, 17);
        Text = new SKFont(regular, 14);
    }

    public SKFont Title { get; }

    /// <summary>A shot's id, a candidate's number.</summary>
    public SKFont Id { get; }

    public SKFont Text { get; }

    public SKPaint White { get; } = new() { Color = SKColors.White, IsAntialias = true };

    public SKPaint Grey { get; } = new() { Color = new SKColor(170, 170, 180), IsAntialias = true };

    /// <summary>How thumbnails are scaled down onto the sheet.</summary>
    public static SKSamplingOptions Sampling { get; } = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    public void Dispose()
    {
        Title.Dispose();
        Id.Dispose();
        Text.Dispose();
        White.Dispose();
        Grey.Dispose();
        regular.Dispose();
        bold.Dispose();
    }
}
