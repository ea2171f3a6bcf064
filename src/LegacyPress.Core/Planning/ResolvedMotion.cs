using LegacyPress.Core.Model;

namespace LegacyPress.Core.Planning;

/// <summary>A shot's camera move made concrete: framing at the first and last visible frame, and the easing between.</summary>
public sealed record ResolvedMotion(Framing Start, Framing End, Easing Easing)
{
    /// <summary>
    /// The framing at linear progress <paramref name="t"/> (0..1 over the shot's visible span). Zoom is
    /// interpolated geometrically so the move has a constant perceived speed; the centre moves linearly.
    /// </summary>
    public Framing At(double t)
    {
        var e = EasingCurves.Apply(Easing, t);
        var zoom = Start.Zoom * Math.Pow(End.Zoom / Start.Zoom, e);
        return new Framing(zoom, Start.CenterX + (End.CenterX - Start.CenterX) * e, Start.CenterY + (End.CenterY - Start.CenterY) * e);
    }
}
