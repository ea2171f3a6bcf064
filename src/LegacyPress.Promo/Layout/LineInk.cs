namespace LegacyPress.Promo.Layout;

/// <summary>
/// One line of type measured at one size, relative to its pen origin on the baseline (y grows downwards): how far
/// the pen advances, and the rectangle its glyphs' ink covers (ascenders, descenders, accents and tracking included).
/// Fitting and placing go by the ink, so nothing drawn can stick out of a box that was measured to hold it.
/// </summary>
public readonly record struct LineInk(double Advance, double Left, double Top, double Right, double Bottom)
{
    public double Width => Math.Max(0, Right - Left);

    public double Height => Math.Max(0, Bottom - Top);

    /// <summary>True for a line that draws nothing (spaces only).</summary>
    public bool IsEmpty => Right <= Left || Bottom <= Top;

    /// <summary>The same line at <paramref name="factor"/> times the size: unhinted outlines and shaped advances scale exactly.</summary>
    public LineInk Scale(double factor) => new(Advance * factor, Left * factor, Top * factor, Right * factor, Bottom * factor);
}
