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
        // From the header alone: a PNG claiming 60000x60000 would otherwise be decoded into 14 GB.
        if (ImageLimits.Problem(info.Width, info.Height) is { } tooLarge)
        {
            return MediaInfo.Failed(tooLarge);
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
