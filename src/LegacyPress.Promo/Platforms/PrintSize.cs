namespace LegacyPress.Promo.Platforms;

/// <summary>
/// A print format: trimmed size in inches, resolution, and the bleed printed past the trim on every side so a
/// slightly-off cut never shows paper. Pixels follow from inches × dots per inch.
/// </summary>
public sealed record PrintSize(double WidthInches, double HeightInches, int DotsPerInch, double BleedInches)
{
    public const double PointsPerInch = 72;

    public double BleedPixels => BleedInches * DotsPerInch;

    public PixelSize TrimPixels => new(Pixels(WidthInches), Pixels(HeightInches));

    /// <summary>The whole sheet as printed: trim plus bleed on both sides.</summary>
    public PixelSize CanvasPixels => new(Pixels(WidthInches + 2 * BleedInches), Pixels(HeightInches + 2 * BleedInches));

    private int Pixels(double inches) => (int)Math.Round(inches * DotsPerInch, MidpointRounding.AwayFromZero);
}
