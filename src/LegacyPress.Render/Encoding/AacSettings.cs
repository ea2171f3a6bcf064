namespace LegacyPress.Render.Encoding;

/// <summary>
/// How a film's sound is encoded into its MP4: AAC at a bitrate and sample rate. The plain encode and the segment
/// join both take it from here, so a film sounds the same however it was rendered.
/// </summary>
public sealed record AacSettings(int BitrateKbps, int SampleRateHz)
{
    /// <summary>What every LegacyPress film carries: AAC at 192 kb/s, 48 kHz (the rate the mixer works at).</summary>
    public static AacSettings Delivery { get; } = new(192, 48_000);
}
