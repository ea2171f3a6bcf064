using LegacyPress.Core.Files;
using LegacyPress.Core.Captions;
using LegacyPress.Core.Planning;
using LegacyPress.Release.Running;

namespace LegacyPress.Release.Preparation;

/// <summary>Writes a timeline's narration as SubRip and WebVTT caption files beside the video they belong to.</summary>
public static class CaptionFiles
{
    /// <summary>The cues the film's captions show: narration spans split into readable two-line cues, in film time.</summary>
    public static IReadOnlyList<CaptionCue> Cues(Timeline timeline) => CaptionPlanner.Plan(timeline.Narration, CaptionRules.Default);

    /// <summary>
    /// The cues of a range render: those on screen in the frames it holds, clipped to them and timed from its first
    /// frame, where its video (and its soundtrack) start at 0. None for a range that holds no frame.
    /// </summary>
    public static IReadOnlyList<CaptionCue> Cues(Timeline timeline, FilmRange range) =>
        range.Frames(timeline) is { } frames
            ? CaptionRange.Clip(Cues(timeline), timeline.Seconds(frames.StartFrame), timeline.Seconds(frames.EndFrame))
            : [];

    /// <summary>Writes <paramref name="cues"/> as <c>{baseName}.srt</c> and <c>{baseName}.vtt</c> (even none, so no older file stays beside the video); returns their paths.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<CaptionCue> cues, string directory, string baseName, OutputStreamFactory? streams = null)
    {
        var srt = Path.Combine(directory, baseName + ".srt");
        var vtt = Path.Combine(directory, baseName + ".vtt");
        OutputFile.WriteAllText(srt, SubtitleWriter.ToSrt(cues), streams: streams);
        OutputFile.WriteAllText(vtt, SubtitleWriter.ToVtt(cues), streams: streams);
        return [srt, vtt];
    }
}
