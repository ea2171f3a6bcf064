using LegacyPress.Core.Model;

namespace LegacyPress.Core.Planning;

/// <summary>
/// Turns motion presets into start/end framings. Framing centres are in normalised image coordinates;
/// the renderer clamps them so the view never leaves the still, whatever its size.
/// </summary>
public static class MotionPlanner
{
    /// <param name="shotNumber">0-based position among the film's shots; <c>auto</c> alternates on it.</param>
    public static ResolvedMotion Resolve(Shot shot, int shotNumber)
    {
        var f = shot.Focus;
        switch (shot.Motion)
        {
            case MotionSpec.Explicit e:
                return new ResolvedMotion(e.Start, e.End, e.Easing);
            case MotionSpec.Preset p:
                var a = p.Amount;
                var z = 1 + a;
                var wide = new Framing(1, f.X, f.Y);
                var close = new Framing(z, f.X, f.Y);
                return p.Kind switch
                {
                    MotionPreset.Still => new ResolvedMotion(wide, wide, p.Easing),
                    MotionPreset.ZoomIn => new ResolvedMotion(wide, close, p.Easing),
                    MotionPreset.ZoomOut => new ResolvedMotion(close, wide, p.Easing),
                    // A pan looks from one side of the subject to the other at a slight zoom, so there is room to move.
                    MotionPreset.PanLeft => new ResolvedMotion(new(z, f.X + a, f.Y), new(z, f.X - a, f.Y), p.Easing),
                    MotionPreset.PanRight => new ResolvedMotion(new(z, f.X - a, f.Y), new(z, f.X + a, f.Y), p.Easing),
                    MotionPreset.PanUp => new ResolvedMotion(new(z, f.X, f.Y + a), new(z, f.X, f.Y - a), p.Easing),
                    MotionPreset.PanDown => new ResolvedMotion(new(z, f.X, f.Y - a), new(z, f.X, f.Y + a), p.Easing),
                    // Auto: drift from the whole picture toward the subject, then the next shot away from it.
                    _ => shotNumber % 2 == 0
                        ? new ResolvedMotion(new(1, 0.5, 0.5), close, p.Easing)
                        : new ResolvedMotion(close, new(1, 0.5, 0.5), p.Easing),
                };
            default:
                throw new ArgumentOutOfRangeException(nameof(shot), shot.Motion, "unknown motion");
        }
    }
}
