namespace LegacyPress.Render.Media;

/// <summary>What ffprobe found in a media file: its streams in file order and the container's length.</summary>
public sealed record ProbedMedia(IReadOnlyList<ProbedStream> Streams, double? DurationSeconds)
{
    public ProbedStream? FirstVideo => Streams.FirstOrDefault(s => s.Kind == MediaStreamKind.Video);

    public ProbedStream? FirstAudio => Streams.FirstOrDefault(s => s.Kind == MediaStreamKind.Audio);
}

/// <summary>
/// One stream as ffprobe reports it; a field the stream does not have (a still's duration, audio's size) is null.
/// <see cref="FrameCount"/> is the container's count (video frames, audio packets), not a decode.
/// </summary>
public sealed record ProbedStream(
    MediaStreamKind Kind,
    string? CodecName,
    int? WidthPixels,
    int? HeightPixels,
    int? FrameCount,
    string? FrameRate,
    double? DurationSeconds,
    int? SampleRateHz,
    int? Channels);

/// <summary>ffprobe's <c>codec_type</c>.</summary>
public enum MediaStreamKind
{
    Other,
    Video,
    Audio,
    Subtitle,
    Data,
}
