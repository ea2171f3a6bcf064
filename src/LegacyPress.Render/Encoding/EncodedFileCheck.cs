using System.Globalization;
using LegacyPress.Core.Files;
using LegacyPress.Render.Media;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// What an MP4 ffmpeg wrote must be before it takes its final name: readable by ffprobe (so its index, the moov atom,
/// is there), with a video stream of exactly the frames asked for, and a sound stream when sound was muxed. ffmpeg
/// can exit 0 having written less; a file that fails is never put in place, and the failure says why.
/// </summary>
public sealed class EncodedFileCheck(MediaProbe? probe = null)
{
    private readonly MediaProbe probe = probe ?? new MediaProbe();

    /// <summary>Checks <paramref name="output"/>'s temporary file; <paramref name="toolOutput"/> is what ffmpeg said, for a full disk's reason.</summary>
    /// <exception cref="OutputWriteException">The file is incomplete and ffmpeg reported the file system's reason (a full disk).</exception>
    /// <exception cref="RenderException">The file is incomplete or not what was asked for.</exception>
    public async Task VerifyAsync(OutputFile output, int expectedFrames, bool withSound, string toolOutput, CancellationToken cancellation)
    {
        string? problem;
        try
        {
            problem = Problem(await probe.ReadAsync(output.TemporaryPath, cancellation).ConfigureAwait(false), expectedFrames, withSound);
        }
        catch (Tools.ExternalToolException e)
        {
            throw new RenderException($"cannot check {output.FinalPath} before putting it in place: {e.Message}", e);
        }
        if (problem is null)
        {
            return;
        }
        if (WriteFailures.FromToolOutput(toolOutput) is { } reason)
        {
            throw new OutputWriteException(output.FinalPath, reason);
        }
        throw new RenderException($"ffmpeg finished but {output.FinalPath} came out incomplete ({problem}); the previous file was kept");
    }

    internal static string? Problem(MediaProbeResult probed, int expectedFrames, bool withSound)
    {
        if (probed.Media is not { } media)
        {
            return $"unreadable: {probed.Problem}";
        }
        if (media.FirstVideo is not { } video)
        {
            return "no video stream";
        }
        if (video.FrameCount is { } frames && frames != expectedFrames)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{frames} frames of {expectedFrames}");
        }
        if (withSound && media.FirstAudio is null)
        {
            return "no sound stream";
        }
        return null;
    }
}
