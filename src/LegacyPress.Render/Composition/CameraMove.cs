using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Render.Composition;

/// <summary>
/// A shot's camera move made concrete for one still and frame shape: the views at the move's two ends (each placed
/// by <see cref="CameraGeometry"/>, so each is on the still and around the focus) and the eased path between them,
/// scale geometric (constant perceived zoom speed, as in <see cref="ResolvedMotion.At"/>) and centre linear.
/// </summary>
/// <remarks>
/// Placing the two ends and interpolating between them, rather than clamping every frame's framing to the still,
/// keeps the easing's velocity: a pan that asks for more room than the still has becomes a shorter pan over the
/// whole shot instead of one that sticks to the edge, then jerks into motion. The path stays on the still because
/// the allowed centres at each zoom form a convex region between the two ends.
/// </remarks>
public sealed class CameraMove
{
    private readonly CameraView start;
    private readonly CameraView end;
    private readonly Easing easing;
    private readonly PixelSize still;
    private readonly PixelSize frame;

    public CameraMove(PixelSize still, PixelSize frame, ResolvedMotion motion, FocusPoint focus, Fit fit, bool reframe)
    {
        this.still = still;
        this.frame = frame;
        easing = motion.Easing;
        start = CameraGeometry.View(still, frame, motion.Start, focus, fit, reframe);
        end = CameraGeometry.View(still, frame, motion.End, focus, fit, reframe);
    }

    /// <summary>The view at linear progress <paramref name="t"/> (0..1 over the shot's visible frames).</summary>
    public CameraView At(double t)
    {
        var e = EasingCurves.Apply(easing, t);
        var view = new CameraView(
            start.CenterX + (end.CenterX - start.CenterX) * e,
            start.CenterY + (end.CenterY - start.CenterY) * e,
            start.Scale * Math.Pow(end.Scale / start.Scale, e));
        // Only rounding error can put the path off the still; this removes it.
        return CameraGeometry.KeepOnStill(view, still, frame);
    }
}
