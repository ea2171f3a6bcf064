using LegacyPress.Core.Model;

namespace LegacyPress.Core.Planning.Music;

/// <summary>
/// Where the cut of a transition is: the moment its eased progress passes one half, when the picture is as much the
/// incoming shot as the outgoing one. With a symmetric easing that is the transition's midpoint; an ease-in dissolve
/// turns late (71% of the way), an ease-out one early (29%), and the music has to meet the picture where it turns.
/// A hard cut (no frames) is at the incoming segment's first frame. Frame k of a transition starting at frame S
/// shows linear progress (k − S + 1)/(n + 1) (<c>FrameSchedule.Progress</c>) over the frame's interval, so the cut
/// falls (Halfway·(n + 1) − ½) frames after S.
/// </summary>
public readonly record struct TransitionCut(int Frames, double Halfway)
{
    /// <summary>A hard cut.</summary>
    public static TransitionCut Hard => new(0, 0.5);

    public static TransitionCut Of(int frames, Easing easing) => new(frames, EasingCurves.Halfway(easing));

    /// <summary>How far into the transition its cut is, in frames (fractional).</summary>
    public double CutFrames => Frames == 0 ? 0 : (Halfway * (Frames + 1)) - 0.5;

    /// <summary>The whole frames of the transition before its cut: the part of the outgoing segment that is not yet cut away.</summary>
    public int FramesBefore => (int)Math.Ceiling(CutFrames - 1e-9);

    /// <summary>The whole frames of the transition after its cut.</summary>
    public int FramesAfter => (int)Math.Ceiling(Frames - CutFrames - 1e-9);

    /// <summary>The cut's film time when the incoming segment starts at <paramref name="nextStartFrame"/> (the transition's first frame).</summary>
    public double Seconds(int nextStartFrame, FrameRate rate) =>
        // The symmetric case as an exact sum of frames, so a midpoint on a frame boundary stays on it.
        Halfway == 0.5 ? rate.Seconds((2L * nextStartFrame) + Frames) / 2 : rate.Seconds(nextStartFrame) + (CutFrames * rate.Seconds(1));

    /// <summary>The incoming segment's start frame that puts the cut nearest <paramref name="seconds"/>.</summary>
    public int NextStartFor(double seconds, FrameRate rate) => rate.Frames(seconds - Seconds(0, rate));
}
