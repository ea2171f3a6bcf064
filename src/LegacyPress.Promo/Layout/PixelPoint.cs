namespace LegacyPress.Promo.Layout;

/// <summary>A point on a canvas, in pixels from its top-left corner.</summary>
public readonly record struct PixelPoint(double X, double Y);
