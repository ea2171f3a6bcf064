using LegacyPress.Core.Model;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// One ffmpeg run: raw yuv420p frames arrive on stdin and leave as H.264 High, BT.709, in an MP4 ready for
/// streaming; an optional audio file is muxed and cut to the video's exact length.
/// </summary>
public sealed record EncodeJob(RawVideoInput Video, X264Settings X264, int FrameCount, string OutputPath)
{
    public AudioInput? Audio { get; init; }

    /// <summary>The video's exact length: <see cref="FrameCount"/> frames at the input rate.</summary>
    public double DurationSeconds => Video.Rate.Seconds(FrameCount);
}

/// <summary>Frames piped to ffmpeg's stdin as packed yuv420p (BT.709, limited range), Width x Height at Rate.</summary>
public sealed record RawVideoInput(int WidthPixels, int HeightPixels, FrameRate Rate)
{
    /// <summary>Bytes of one frame: a full-size luma plane and two quarter-size chroma planes.</summary>
    public int FrameBytes => Yuv420Converter.FrameBytes(WidthPixels, HeightPixels);
}

/// <summary>A finished audio mix to mux beside the video, encoded as AAC.</summary>
public sealed record AudioInput(string Path)
{
    public AacSettings Aac { get; init; } = AacSettings.Delivery;

    /// <summary>Where in the mix the video's first frame falls: a range render starts its audio there too.</summary>
    public double StartSeconds { get; init; }
}
