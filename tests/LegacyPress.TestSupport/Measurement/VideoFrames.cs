using System.ComponentModel;
using System.Diagnostics;
using LegacyPress.Render.Encoding;

namespace LegacyPress.TestSupport.Measurement;

/// <summary>Decodes a video with ffmpeg and yields each frame, one at a time: its luma plane (the Y of yuv420p) or its RGB.</summary>
public static class VideoFrames
{
    public static async IAsyncEnumerable<GrayImage> ReadLumaAsync(
        string videoPath, int widthPixels, int heightPixels, FfmpegTool? ffmpeg = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation = default)
    {
        await foreach (var frame in ReadRawAsync(videoPath, "yuv420p", Yuv420Converter.FrameBytes(widthPixels, heightPixels), ffmpeg, cancellation).ConfigureAwait(false))
        {
            yield return GrayImage.FromBytes(widthPixels, heightPixels, frame.AsSpan(0, widthPixels * heightPixels));
        }
    }

    /// <summary>Each frame as packed 8-bit RGB (<c>rgb24</c>), in one reused buffer: read it before asking for the next.</summary>
    /// <remarks>A size other than the video's own is scaled to by ffmpeg (area averaging), so a 1080p film can be read small.</remarks>
    public static IAsyncEnumerable<byte[]> ReadRgbAsync(string videoPath, int widthPixels, int heightPixels, CancellationToken cancellation = default) =>
        ReadRawAsync(videoPath, "rgb24", widthPixels * heightPixels * 3, null, cancellation, $"scale={widthPixels}:{heightPixels}:flags=area");

    private static async IAsyncEnumerable<byte[]> ReadRawAsync(
        string videoPath, string pixelFormat, int frameBytes, FfmpegTool? ffmpeg,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation = default, string? filter = null)
    {
        var start = new ProcessStartInfo((ffmpeg ?? FfmpegTool.Default).Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] scaling = filter is null ? [] : ["-vf", filter];
        foreach (var a in new[] { "-hide_banner", "-loglevel", "error", "-i", videoPath }.Concat(scaling).Concat(["-f", "rawvideo", "-pix_fmt", pixelFormat, "-"]))
        {
            start.ArgumentList.Add(a);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new RenderException("ffmpeg could not be started");
        }
        catch (Win32Exception e)
        {
            throw new RenderException(FfmpegTool.NotFoundMessage, e);
        }
        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellation);
            var buffer = new byte[frameBytes];
            var stream = process.StandardOutput.BaseStream;
            while (true)
            {
                var read = await stream.ReadAtLeastAsync(buffer, frameBytes, throwOnEndOfStream: false, cancellation).ConfigureAwait(false);
                if (read < frameBytes)
                {
                    break;
                }
                yield return buffer;
            }
            await process.WaitForExitAsync(cancellation).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new RenderException($"ffmpeg could not decode {videoPath}: {(await errors.ConfigureAwait(false)).Trim()}");
            }
        }
    }
}
