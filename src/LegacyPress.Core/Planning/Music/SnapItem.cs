using LegacyPress.Core.Model;

namespace LegacyPress.Core.Planning.Music;

/// <summary>
/// One segment as the cut snapper sees it: how long its durations make it, the least it may last (its narration with
/// lead-in and tail between its cuts, its transitions, its sound cues), the transition out of it (and where in it the cut is), the timing that
/// governs the cut at its end, and the marker it must start on, if any.
/// </summary>
internal sealed record SnapItem(string Label, int NaturalFrames, int MinimumFrames, TransitionCut Out, TimingSnap Timing, MusicAnchor.Marker? StartAnchor)
{
    /// <summary>How long the transition out of the segment lasts.</summary>
    public int OutFrames => Out.Frames;

    /// <summary>What the shortest length is made of, for messages ("its narration, lead-in and tail").</summary>
    public required string MinimumBecause { get; init; }
}
