namespace LegacyPress.Core.Captions;

/// <summary>
/// The captions of part of a film, for a render of a range: a cue that overlaps the range is clipped to it, one
/// outside it is dropped, and times count from the range's start, so the file plays in step with the range's video.
/// </summary>
public static class CaptionRange
{
    /// <summary>The cues on screen in [<paramref name="fromSeconds"/>, <paramref name="toSeconds"/>), moved to start at 0 and numbered from 1.</summary>
    public static IReadOnlyList<CaptionCue> Clip(IEnumerable<CaptionCue> cues, double fromSeconds, double toSeconds)
    {
        var clipped = new List<CaptionCue>();
        foreach (var cue in cues)
        {
            var start = Math.Max(cue.StartSeconds, fromSeconds);
            var end = Math.Min(cue.EndSeconds, toSeconds);
            if (end > start)
            {
                clipped.Add(cue with { Number = clipped.Count + 1, StartSeconds = start - fromSeconds, EndSeconds = end - fromSeconds });
            }
        }
        return clipped;
    }
}
