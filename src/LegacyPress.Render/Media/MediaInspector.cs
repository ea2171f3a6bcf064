using LegacyPress.Core.Loading;
using LegacyPress.Render.Audio.Mixing;
using LegacyPress.Render.Look;
using LegacyPress.Render.Tools;
using SkiaSharp;

namespace LegacyPress.Render.Media;

/// <summary>Proves stills decode (Skia), audio decodes (ffprobe, then ffmpeg) and LUTs read (<see cref="CubeLut"/>), reporting size and length.</summary>
public sealed class MediaInspector(MediaProbe? probe = null) : IMediaInspector
{
    /// <summary>How much of a sound is decoded to prove it: enough for any codec to produce samples, cheap for long scores.</summary>
    private const double ProofSeconds = 1;

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
        if (duration is null)
        {
            return MediaInfo.Failed("its length cannot be read");
        }
        // ffprobe reads the header; a codec ffmpeg has no decoder for passes it and fails the mix. The first second,
        // decoded the way the mix decodes, proves the sound itself (as the stills' small decode proves their pixels).
        return DecodeProblem(fullPath) is { } undecodable ? MediaInfo.Failed(undecodable) : new MediaInfo(null, DurationSeconds: duration);
    }

    public MediaInfo InspectLut(string fullPath)
    {
        try
        {
            CubeLut.Load(fullPath);
            return new MediaInfo(null);
        }
        catch (CubeLutException e)
        {
            return MediaInfo.Failed(e.Line > 0 ? $"line {e.Line}: {e.Problem}" : e.Problem);
        }
    }

    /// <summary>Why the first second of the file does not decode, or null when it does.</summary>
    private static string? DecodeProblem(string fullPath)
    {
        try
        {
            var start = Task.Run(() => AudioDecoder.DecodeAsync(fullPath, CancellationToken.None, maxSeconds: ProofSeconds)).GetAwaiter().GetResult();
            return start.Length > 0 ? null : "ffmpeg decodes no sound from it";
        }
        catch (ExternalToolException e)
        {
            // The tool's last line is its reason ("Decoder (codec none) not found for input stream #0:0").
            return $"ffmpeg cannot decode it: {e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last()}";
        }
    }
}
