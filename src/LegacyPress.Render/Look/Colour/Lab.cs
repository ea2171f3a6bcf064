namespace LegacyPress.Render.Look.Colour;

/// <summary>A CIELAB colour (D65 white): lightness L* 0..100 and the opponent axes a* (green–red) and b* (blue–yellow).</summary>
public readonly record struct Lab(double L, double A, double B);
