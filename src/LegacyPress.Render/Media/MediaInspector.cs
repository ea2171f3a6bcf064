using LegacyPress.Core.Loading;
using LegacyPress.Render.Tools;
using SkiaSharp;

namespace LegacyPress.Render.Media;

/// <summary>Proves stills decode (Skia) and audio decodes (ffprobe), reporting size and length.</summary>
public sealed class MediaInspector(MediaProbe? probe = null) : IMediaInspector
{
    private readonly MediaProbe probe = probe ?? new MediaProbe();

    public MediaInfo InspectImage(string fullPath)
    {
        try
        {
            // From the header alone first: a PNG claiming 60000x60000 would otherwise be decoded into 14 GB.
            using var image = CheckedImage.Open(fullPath);
            var info = image.Codec.Info;
            if (info.Width < 16 || info.Height < 16)
            {
                return MediaInfo.Failed($"is only {info.Width}x{info.Height} pixels");
            }
            // Decode a small version to prove the data (not just the header) is intact; cheap thanks to JPEG DCT scaling.
            var (bitmap, result) = image.DecodeScaled(Math.Min(1f, 256f / Math.Max(info.Width, info.Height)), SKColorType.Rgba8888);
            bitmap.Dispose();
            return result == SKCodecResult.IncompleteInput
                ? MediaInfo.Failed("cannot be decoded: the file is truncated")
                : new MediaInfo(null, info.Width, info.Height);
        }
        catch (ImageRefusedException e)
        {
            return MediaInfo.Failed(e.Reason);
        }
    }

    public MediaInfo InspectAudio(string fullPath)
    {
        MediaProbeResult probed;
        try
        {
            // The loader's interface is synchronous; Task.Run keeps the wait off any caller's synchronisation context.
            probed = Task.Run(() => probe.ReadAsync(fullPath, CancellationToken.None)).GetAwaiter().GetResult();
        }
        catch (ExternalToolException e)
        {
            return MediaInfo.Failed(e.Message);
        }
        if (probed.Problem is { } problem)
        {
            return MediaInfo.Failed(problem);
        }
        if (probed.Media!.FirstAudio is not { } audio)
        {
            return MediaInfo.Failed("no audio stream found");
        }
        var duration = new[] { audio.DurationSeconds, probed.Media.DurationSeconds }.FirstOrDefault(d => d is > 0);
        return duration is null ? MediaInfo.Failed("its length cannot be read") : new MediaInfo(null, DurationSeconds: duration);
    }
}
