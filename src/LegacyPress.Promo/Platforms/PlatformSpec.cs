using LegacyPress.Promo.Layout;

namespace LegacyPress.Promo.Platforms;

/// <summary>
/// What one platform asks of an image: its exact size (or print format), where text is guaranteed to be
/// visible (<see cref="SafeArea"/>), what the platform covers (<see cref="ClearZones"/>), the file formats
/// and the largest file it accepts. One row of <see cref="PlatformSpecs"/>.
/// </summary>
public sealed record PlatformSpec(
    string Id,
    string Platform,
    string Purpose,
    PixelSize Canvas,
    PixelRect SafeArea,
    IReadOnlyList<ClearZone> ClearZones,
    IReadOnlyList<AssetFormat> Formats,
    long? MaxBytes,
    int DotsPerInch = PlatformSpec.ScreenDotsPerInch,
    PrintSize? Print = null)
{
    /// <summary>The resolution screens are assumed to have; written into PNG/JPEG metadata.</summary>
    public const int ScreenDotsPerInch = 72;

    /// <summary>The whole canvas as a rectangle (for print: trim plus bleed).</summary>
    public PixelRect Bounds => new(0, 0, Canvas.Width, Canvas.Height);

    /// <summary>Where the sheet is cut: the canvas without its bleed (the whole canvas on screens).</summary>
    public PixelRect Trim => Print is { } p ? Bounds.Inset(p.BleedPixels, p.BleedPixels) : Bounds;

    public bool IsPrint => Print is not null;
}
