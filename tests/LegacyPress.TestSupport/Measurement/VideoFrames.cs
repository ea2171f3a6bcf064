using System.ComponentModel;
using System.Diagnostics;
using LegacyPress.Render.Encoding;

namespace LegacyPress.TestSupport.Measurement;

/// <summary>Decodes a video with ffmpeg and yields each frame's luma plane (the Y of yuv420p), one at a time.</summary>
public static class VideoFrames
{
    public static async IAsyncEnumerable<GrayImage> ReadLumaAsync(
        string videoPath, int widthPixels, int heightPixels, FfmpegTool? ffmpeg = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation = default)
    {
        var start = new ProcessStartInfo((ffmpeg ?? FfmpegTool.Default).Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-hide_banner", "-loglevel", "error", "-i", videoPath, "-f", "rawvideo", "-pix_fmt", "yuv420p", "-" })
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
            var frameBytes = Yuv420Converter.FrameBytes(widthPixels, heightPixels);
            var buffer = new byte[frameBytes];
            var stream = process.StandardOutput.BaseStream;
            while (true)
            {
                var read = await stream.ReadAtLeastAsync(buffer, frameBytes, throwOnEndOfStream: false, cancellation).ConfigureAwait(false);
                if (read < frameBytes)
                {
                    break;
                }
                yield return GrayImage.FromBytes(widthPixels, heightPixels, buffer.AsSpan(0, widthPixels * heightPixels));
            }
            await process.WaitForExitAsync(cancellation).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new RenderException($"ffmpeg could not decode {videoPath}: {(await errors.ConfigureAwait(false)).Trim()}");
            }
        }
    }
}
