using LegacyPress.Render.Tools;

namespace LegacyPress.Farm.Tests;

/// <summary>The decoded frames of a video, one MD5 per frame with its time stamp (<c>ffmpeg -f framemd5</c>).</summary>
internal static class FrameHashes
{
    public static async Task<IReadOnlyList<string>> OfAsync(string video)
    {
        var result = await ExternalTool.RunAsync("ffmpeg", ["-v", "error", "-i", video, "-map", "0:v", "-f", "framemd5", "-"], CancellationToken.None);
        return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.StartsWith('#')).ToList();
    }
}
