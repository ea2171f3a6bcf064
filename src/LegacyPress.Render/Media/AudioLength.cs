using LegacyPress.Render.Tools;
using System.Globalization;

namespace LegacyPress.Render.Media;

/// <summary>Measures how long an audio file plays, with ffprobe.</summary>
public sealed class AudioLength(string ffprobePath = "ffprobe")
{
    /// <summary>The file's length in seconds; throws <see cref="InvalidOperationException"/> with ffprobe's reason when it cannot be read.</summary>
    public async Task<double> MeasureSecondsAsync(string path, CancellationToken ct)
    {
        var result = await ExternalTool.TryRunAsync(
            ffprobePath,
            ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path],
            standardInput: null,
            ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException("ffprobe was not found; install ffmpeg (./build.sh does)");
        if (result.ExitCode == 0
            && double.TryParse(result.StandardOutput.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds > 0)
        {
            return seconds;
        }
        var why = result.ErrorTail(2);
        throw new InvalidOperationException($"cannot read the length of {path}: {(why.Length > 0 ? why : "ffprobe reported no duration")}");
    }
}
