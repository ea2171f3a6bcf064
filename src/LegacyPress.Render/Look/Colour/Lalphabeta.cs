namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// A colour in Ruderman's lαβ (Reinhard et al. 2001): the achromatic l and the opponent axes α (yellow–blue) and
/// β (red–green), decorrelated sums of log10 cone responses. A difference in lαβ is a ratio of cone responses.
/// </summary>
public readonly record struct Lalphabeta(double L, double Alpha, double Beta);
