namespace LegacyPress.Core.Loading;

/// <summary>
/// Opens media files to prove they decode (and to learn their size or length). Implemented at the edge
/// (Skia for stills, ffprobe and ffmpeg for audio, the renderer's .cube reader for LUTs) so Core stays free of codecs.
/// </summary>
public interface IMediaInspector
{
    /// <summary>A still's pixel size, or why it cannot be used, phrased to follow the quoted path ("is too large: …", "cannot be decoded: …").</summary>
    MediaInfo InspectImage(string fullPath);

    /// <summary>A sound's length, or why it cannot be decoded.</summary>
    MediaInfo InspectAudio(string fullPath);

    /// <summary>Proves a colour LUT reads the way the renderer reads it; the problem names the line in the LUT.</summary>
    MediaInfo InspectLut(string fullPath);
}

/// <summary>What an inspection found: a problem, or the media's pixel size / length.</summary>
public sealed record MediaInfo(string? Problem, int WidthPixels = 0, int HeightPixels = 0, double? DurationSeconds = null)
{
    public bool Ok => Problem is null;

    public static MediaInfo Failed(string problem) => new(problem);
}
