namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// An sRGB colour as gamma-encoded channel values, nominally 0..1; a colour transfer may push them outside that range,
/// and nothing clamps them until a byte or a LUT entry is made.
/// </summary>
public readonly record struct Srgb(double R, double G, double B);
