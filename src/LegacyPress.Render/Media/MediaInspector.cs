using System.Diagnostics;
using System.Globalization;
using LegacyPress.Core.Loading;
using SkiaSharp;

namespace LegacyPress.Render.Media;

/// <summary>Proves stills decode (Skia) and audio decodes (ffprobe), reporting size and length.</summary>
public sealed class MediaInspector : IMediaInspector
{
    public MediaInfo InspectImage(string fullPath)
    {
        using var codec = SKCodec.Create(fullPath, out var result);
        if (codec is null)
        {
            return MediaInfo.Failed(result == SKCodecResult.Unimplemented ? "not an image format Skia can read" : $"not a valid image ({result})");
        }
        var info = codec.Info;
        if (info.Width < 16 || info.Height < 16)
        {
            return MediaInfo.Failed($"it is only {info.Width}x{info.Height} pixels");
        }
        // Decode a small version to prove the data (not just the header) is intact; cheap thanks to JPEG DCT scaling.
        var scale = Math.Min(1f, 256f / Math.Max(info.Width, info.Height));
        var size = codec.GetScaledDimensions(scale);
        using var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var decoded = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        if (decoded != SKCodecResult.Success && decoded != SKCodecResult.IncompleteInput)
        {
            return MediaInfo.Failed($"its pixel data is damaged ({decoded})");
        }
        if (decoded == SKCodecResult.IncompleteInput)
        {
            return MediaInfo.Failed("the file is truncated");
        }
        return new MediaInfo(null, info.Width, info.Height);
    }

    public MediaInfo InspectAudio(string fullPath)
    {
        var start = new ProcessStartInfo("ffprobe")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-v", "error", "-select_streams", "a:0", "-show_entries", "stream=codec_name,duration:format=duration", "-of", "default=noprint_wrappers=1", fullPath })
        {
            start.ArgumentList.Add(arg);
        }
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return MediaInfo.Failed("ffprobe was not found; install ffmpeg (./build.sh does)");
        }
        if (process is null)
        {
            return MediaInfo.Failed("ffprobe could not be started");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            var lines = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (process.ExitCode != 0 || !lines.Any(l => l.StartsWith("codec_name=", StringComparison.Ordinal)))
            {
                var why = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();
                return MediaInfo.Failed(string.IsNullOrEmpty(why) ? "no audio stream found" : why.Replace(fullPath + ": ", "", StringComparison.Ordinal));
            }
            var duration = lines
                .Where(l => l.StartsWith("duration=", StringComparison.Ordinal))
                .Select(l => double.TryParse(l["duration=".Length..], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (double?)null)
                .FirstOrDefault(d => d is > 0);
            return duration is null ? MediaInfo.Failed("its length cannot be read") : new MediaInfo(null, DurationSeconds: duration);
        }
    }
}
