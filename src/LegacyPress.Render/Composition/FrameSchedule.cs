using LegacyPress.Core.Planning;

namespace LegacyPress.Render.Composition;

/// <summary>
/// What is on screen at each frame, read from the planned <see cref="Timeline"/>: one segment, or two blended by the
/// transition Core planned where they overlap. Pure lookup; the renderer never re-plans timing.
/// </summary>
public sealed class FrameSchedule
{
    private readonly Timeline timeline;
    private readonly int[] segmentStarts;
    private readonly Dictionary<int, TransitionSpan> transitionsFrom;

    public FrameSchedule(Timeline timeline)
    {
        this.timeline = timeline;
        segmentStarts = timeline.Segments.Select(s => s.StartFrame).ToArray();
        transitionsFrom = timeline.Transitions.ToDictionary(t => t.FromIndex);
    }

    public FrameContent At(int frame)
    {
        var segments = timeline.Segments;
        // The last segment starting at or before the frame; in an overlap that is the incoming one.
        var i = Array.BinarySearch(segmentStarts, frame);
        i = i >= 0 ? LastStartingAt(i) : Math.Max(0, ~i - 1);
        var current = segments[i];
        if (i > 0 && transitionsFrom.TryGetValue(segments[i - 1].Index, out var span) && frame >= span.StartFrame && frame < span.EndFrame)
        {
            return new FrameContent.Blend(segments[i - 1], current, span, Progress(span, frame));
        }
        return new FrameContent.Single(current);
    }

    /// <summary>
    /// Eased progress of <paramref name="frame"/> through <paramref name="span"/>. Frames sit at (k+1)/(n+1), so every
    /// frame of the overlap shows a real mix and neither end repeats a frame of a segment alone.
    /// </summary>
    public static double Progress(TransitionSpan span, int frame)
    {
        var linear = (frame - span.StartFrame + 1.0) / (span.FrameCount + 1.0);
        return EasingCurves.Apply(span.Spec.Easing, linear);
    }

    private int LastStartingAt(int i)
    {
        while (i + 1 < segmentStarts.Length && segmentStarts[i + 1] == segmentStarts[i])
        {
            i++;
        }
        return i;
    }
}

/// <summary>What one frame shows.</summary>
public abstract record FrameContent
{
    /// <summary>One segment alone.</summary>
    public sealed record Single(Segment Segment) : FrameContent;

    /// <summary>Two segments mid-transition; <see cref="Progress"/> is eased, 0 = all outgoing, 1 = all incoming.</summary>
    public sealed record Blend(Segment Outgoing, Segment Incoming, TransitionSpan Span, double Progress) : FrameContent;
}
