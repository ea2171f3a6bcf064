using LegacyPress.Render.Audio.Mixing;

namespace LegacyPress.Render.Audio.Analysis;

/// <summary>Decodes an audio file to mono float samples at a given rate, through ffmpeg; at most <c>maxSeconds</c> of it.</summary>
public delegate Task<float[]> MonoDecode(string path, int sampleRateHz, double maxSeconds, CancellationToken cancellation);

/// <summary>The <see cref="MonoDecode"/> every run uses: ffmpeg downmixes and resamples, so the analysis sees what a listener hears.</summary>
public static class MonoAudioDecoder
{
    public static Task<float[]> DecodeAsync(string path, int sampleRateHz, double maxSeconds, CancellationToken cancellation) =>
        AudioDecoder.DecodeFloatsAsync(path, 1, sampleRateHz, $"decoding '{Path.GetFileName(path)}' for beat analysis", cancellation, maxSeconds: maxSeconds);
}
