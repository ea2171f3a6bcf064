using System.Globalization;
using System.Runtime.InteropServices;
using LegacyPress.Render.Tools;

namespace LegacyPress.Render.Audio.Analysis;

/// <summary>Decodes an audio file to mono float samples at a given rate, through ffmpeg; at most <c>maxSeconds</c> of it.</summary>
public delegate Task<float[]> MonoDecode(string path, int sampleRateHz, double maxSeconds, CancellationToken cancellation);

/// <summary>The <see cref="MonoDecode"/> every run uses: ffmpeg downmixes and resamples, so the analysis sees what a listener hears.</summary>
public static class MonoAudioDecoder
{
    public static async Task<float[]> DecodeAsync(string path, int sampleRateHz, double maxSeconds, CancellationToken cancellation)
    {
        string[] args =
        [
            "-v", "error", "-nostdin", "-i", path, "-t", maxSeconds.ToString("0.###", CultureInfo.InvariantCulture),
            "-map", "0:a:0", "-f", "f32le", "-acodec", "pcm_f32le", "-ac", "1", "-ar", sampleRateHz.ToString(CultureInfo.InvariantCulture), "-",
        ];
        var result = await ExternalTool.RunCheckedAsync("ffmpeg", args, $"decoding '{Path.GetFileName(path)}' for beat analysis", cancellation);
        return MemoryMarshal.Cast<byte, float>(result.Stdout.AsSpan()).ToArray();
    }
}
