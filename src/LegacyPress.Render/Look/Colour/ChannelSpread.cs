namespace LegacyPress.Render.Look.Colour;

/// <summary>The standard deviation of each Lab channel over an image, in Lab units.</summary>
public readonly record struct ChannelSpread(double L, double A, double B);
