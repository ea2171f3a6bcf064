using System.Globalization;
using System.Runtime.InteropServices;
using LegacyPress.Render.Tools;

namespace LegacyPress.Render.Audio.Mixing;

/// <summary>Decodes any audio file ffmpeg reads into float samples: a 48 kHz stereo buffer for the mix, or any width and rate.</summary>
public static class AudioDecoder
{
    public static async Task<StereoBuffer> DecodeAsync(string path, CancellationToken cancellation, double offsetSeconds = 0, double? maxSeconds = null)
    {
        var samples = await DecodeFloatsAsync(path, 2, StereoBuffer.SampleRate, $"decoding '{Path.GetFileName(path)}'", cancellation, offsetSeconds, maxSeconds);
        var frames = samples.Length / 2;
        var buffer = new StereoBuffer(frames);
        for (var i = 0; i < frames; i++)
        {
            buffer.Left[i] = samples[2 * i];
            buffer.Right[i] = samples[2 * i + 1];
        }
        return buffer;
    }

    /// <summary>
    /// The first audio stream as interleaved float samples, <paramref name="channels"/> wide at
    /// <paramref name="sampleRateHz"/> (ffmpeg mixes down and resamples), from <paramref name="offsetSeconds"/>, at
    /// most <paramref name="maxSeconds"/> of it; <paramref name="doing"/> names the work in ffmpeg's errors.
    /// </summary>
    public static async Task<float[]> DecodeFloatsAsync(
        string path, int channels, int sampleRateHz, string doing, CancellationToken cancellation, double offsetSeconds = 0, double? maxSeconds = null)
    {
        var args = new List<string> { "-v", "error", "-nostdin" };
        if (offsetSeconds > 0)
        {
            args.AddRange(["-ss", offsetSeconds.ToString("0.######", CultureInfo.InvariantCulture)]);
        }
        args.AddRange(["-i", path]);
        if (maxSeconds is { } max)
        {
            args.AddRange(["-t", max.ToString("0.######", CultureInfo.InvariantCulture)]);
        }
        args.AddRange(["-map", "0:a:0", "-f", "f32le", "-acodec", "pcm_f32le", "-ac", channels.ToString(CultureInfo.InvariantCulture), "-ar", sampleRateHz.ToString(CultureInfo.InvariantCulture), "-"]);
        var result = await ExternalTool.RunCheckedAsync("ffmpeg", args, doing, cancellation);
        return MemoryMarshal.Cast<byte, float>(result.Stdout.AsSpan()).ToArray();
    }
}
