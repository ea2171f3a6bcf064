using LegacyPress.Core.Model;

namespace LegacyPress.Core.Planning;

/// <summary>Views of a timeline for what reads only part of it, so a step's fingerprint covers no more than it uses.</summary>
public static class TimelineViews
{
    private static readonly MotionSpec Rest = new MotionSpec.Preset(MotionPreset.Still, 0, Easing.Linear);

    /// <summary>
    /// The same timing, words, cards and stills with every shot at rest: its motion replaced by the whole picture
    /// framed around its focus point. What a storyboard shows of a shot, and all that chapters and documents read.
    /// </summary>
    public static Timeline AtRest(Timeline timeline) => timeline with
    {
        Segments = timeline.Segments.Select(s => s is ShotSegment shot ? AtRest(shot) : s).ToList(),
    };

    /// <summary>
    /// The timeline as far as drawing its frames reads it: each shot's act by number and title only (the act's other
    /// shots draw nothing there), so a cut that leaves a shot out does not change when that shot does.
    /// </summary>
    public static Timeline AsDrawn(Timeline timeline) => timeline with
    {
        Segments = timeline.Segments.Select(s => s is ShotSegment shot ? shot with { Act = shot.Act with { Shots = [] } } : s).ToList(),
    };

    // The segment's act lists its shots too, motions and all.
    private static ShotSegment AtRest(ShotSegment segment)
    {
        var shot = AtRest(segment.Shot);
        var act = segment.Act with { Shots = segment.Act.Shots.Select(AtRest).ToList() };
        return segment with { Shot = shot, Act = act, Motion = MotionPlanner.Resolve(shot, segment.ShotNumber) };
    }

    private static Shot AtRest(Shot shot) => shot with { Motion = Rest };
}
