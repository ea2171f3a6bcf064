namespace LegacyPress.Render.Audio.Analysis;

/// <summary>The vertex of the parabola through three equally spaced samples: where a sampled peak really is.</summary>
internal static class Parabola
{
    /// <summary>The peak's offset from the middle sample, in samples, within ±0.5.</summary>
    public static double PeakOffset(double before, double at, double after)
    {
        var curvature = before - (2 * at) + after;
        return curvature >= 0 ? 0 : Math.Clamp(0.5 * (before - after) / curvature, -0.5, 0.5);
    }
}
