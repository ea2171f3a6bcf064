using LegacyPress.Core.Planning;
using LegacyPress.Render.Encoding;

namespace LegacyPress.Render.Films.Segments;

/// <summary>
/// Pure: cuts a film's frames into pieces that can be encoded on their own. A cut goes where one shot alone
/// is on screen — at a hard cut between segments, or where a transition has just finished — so no transition
/// is ever split across two encodes.
/// </summary>
public static class FilmSegmentPlanner
{
    /// <summary>The pieces in order; together they are exactly [0, TotalFrames).</summary>
    public static IReadOnlyList<FrameRange> Plan(Timeline timeline)
    {
        var cuts = new SortedSet<int> { 0, timeline.TotalFrames };
        foreach (var segment in timeline.Segments.Skip(1))
        {
            cuts.Add(segment.StartFrame);
        }
        foreach (var transition in timeline.Transitions)
        {
            cuts.Add(transition.EndFrame);
        }
        // A boundary inside any transition would split it: drop those (segment starts under a transition are).
        cuts.RemoveWhere(c => timeline.Transitions.Any(t => c > t.StartFrame && c < t.EndFrame) || c < 0 || c > timeline.TotalFrames);
        var list = cuts.ToList();
        return list.Zip(list.Skip(1)).Select(p => new FrameRange(p.First, p.Second)).Where(r => r.Count > 0).ToList();
    }

    /// <summary>The timeline segments and transitions a piece draws: what its fingerprint must cover.</summary>
    public static (IReadOnlyList<Segment> Segments, IReadOnlyList<TransitionSpan> Transitions) Contents(Timeline timeline, FrameRange range) =>
        (timeline.Segments.Where(s => s.StartFrame < range.EndFrame && s.EndFrame > range.StartFrame).ToList(),
         timeline.Transitions.Where(t => t.StartFrame < range.EndFrame && t.EndFrame > range.StartFrame).ToList());
}
