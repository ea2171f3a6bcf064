using LegacyPress.Render.Audio;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// How a film's sound is encoded into its MP4: AAC at a bitrate and sample rate. The plain encode and the segment
/// join both take it from here, so a film sounds the same however it was rendered.
/// </summary>
public sealed record AacSettings(int BitrateKbps, int SampleRateHz)
{
    /// <summary>What every LegacyPress film carries: AAC at 192 kb/s, at the rate the mixer works at (48 kHz), so nothing resamples.</summary>
    public static AacSettings Delivery { get; } = new(192, StereoBuffer.SampleRate);
}
