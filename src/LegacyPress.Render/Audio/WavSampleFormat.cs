namespace LegacyPress.Render.Audio;

/// <summary>Sample encodings <see cref="StereoBuffer.WriteWav"/> can produce.</summary>
public enum WavSampleFormat
{
    /// <summary>IEEE 32-bit float: lossless for our float buffers, ffmpeg reads it natively.</summary>
    Float32,

    /// <summary>24-bit integer PCM, rounded and clipped to ±1, for tools that reject float WAVs.</summary>
    Pcm24,
}
