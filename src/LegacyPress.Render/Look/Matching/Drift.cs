using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Look.Matching;

/// <summary>
/// How far a shot's look is from its group's reference: the CIEDE2000 distance between their mean colours, and the
/// Earth Mover's distance between their palettes with CIEDE2000 as the ground distance (both in ΔE00 units).
/// </summary>
public readonly record struct Drift(double MeanDeltaE, double PaletteDeltaE)
{
    public static Drift Zero => default;

    public static Drift Between(LookStatistics shot, LookStatistics reference) =>
        new(Ciede2000.Delta(shot.Mean, reference.Mean), PaletteDistance.EarthMovers(shot.Palette, reference.Palette));
}
