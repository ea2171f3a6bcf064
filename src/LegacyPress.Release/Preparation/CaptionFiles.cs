using LegacyPress.Core.Files;
using LegacyPress.Core.Captions;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Encoding;

namespace LegacyPress.Release.Preparation;

/// <summary>Writes a timeline's narration as SubRip and WebVTT caption files beside the video they belong to.</summary>
public static class CaptionFiles
{
    /// <summary>The cues the film's captions show: narration spans split into readable two-line cues.</summary>
    public static IReadOnlyList<CaptionCue> Cues(Timeline timeline) => CaptionPlanner.Plan(timeline.Narration, CaptionRules.Default);

    /// <summary>Writes <c>{baseName}.srt</c> and <c>{baseName}.vtt</c>; returns their paths. Nothing is written for a film without narration.</summary>
    public static IReadOnlyList<string> Write(Timeline timeline, string directory, string baseName, OutputStreamFactory? streams = null)
    {
        var cues = Cues(timeline);
        if (cues.Count == 0)
        {
            return [];
        }
        var srt = Path.Combine(directory, baseName + ".srt");
        var vtt = Path.Combine(directory, baseName + ".vtt");
        OutputFile.WriteAllText(srt, SubtitleWriter.ToSrt(cues), streams: streams);
        OutputFile.WriteAllText(vtt, SubtitleWriter.ToVtt(cues), streams: streams);
        return [srt, vtt];
    }
}
