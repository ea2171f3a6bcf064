using System.Globalization;
using System.Runtime.InteropServices;
using LegacyPress.Render.Tools;

namespace LegacyPress.Render.Audio.Mixing;

/// <summary>Decodes any audio file ffmpeg reads into a 48 kHz float stereo buffer.</summary>
public static class AudioDecoder
{
    public static async Task<StereoBuffer> DecodeAsync(string path, CancellationToken cancellation, double offsetSeconds = 0, double? maxSeconds = null)
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
        args.AddRange(["-map", "0:a:0", "-f", "f32le", "-acodec", "pcm_f32le", "-ac", "2", "-ar", StereoBuffer.SampleRate.ToString(CultureInfo.InvariantCulture), "-"]);
        var result = await ExternalTool.RunCheckedAsync("ffmpeg", args, $"decoding '{Path.GetFileName(path)}'", cancellation);
        var samples = MemoryMarshal.Cast<byte, float>(result.Stdout.AsSpan());
        var frames = samples.Length / 2;
        var buffer = new StereoBuffer(frames);
        for (var i = 0; i < frames; i++)
        {
            buffer.Left[i] = samples[2 * i];
            buffer.Right[i] = samples[2 * i + 1];
        }
        return buffer;
    }
}
