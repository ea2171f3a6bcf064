using System.Globalization;
using System.Text.Json;
using LegacyPress.Render.Tools;

namespace LegacyPress.Render.Media;

/// <summary>The one place ffprobe is asked about a media file and its answer parsed into <see cref="ProbedMedia"/>.</summary>
public sealed class MediaProbe(string ffprobePath = "ffprobe")
{
    public const string NotFoundMessage = "ffprobe was not found; install ffmpeg (./build.sh does)";

    private const string Entries = "stream=codec_type,codec_name,width,height,nb_frames,r_frame_rate,duration,sample_rate,channels:format=duration";

    /// <summary>The file's streams and length, or ffprobe's reason it cannot read it (not media, damaged, missing).</summary>
    /// <exception cref="ExternalToolException">ffprobe is not installed (<see cref="NotFoundMessage"/>).</exception>
    public async Task<MediaProbeResult> ReadAsync(string path, CancellationToken cancellation)
    {
        var result = await ExternalTool.TryRunAsync(ffprobePath, ["-v", "error", "-show_entries", Entries, "-of", "json", path], standardInput: null, cancellation)
            .ConfigureAwait(false)
            ?? throw new ExternalToolException(NotFoundMessage);
        if (result.ExitCode != 0)
        {
            // ffprobe's last line is its reason, prefixed with the path the caller already knows.
            var why = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
            return MediaProbeResult.Failed(string.IsNullOrEmpty(why) ? $"ffprobe could not read it (exit code {result.ExitCode})" : why.Replace(path + ": ", "", StringComparison.Ordinal));
        }
        return new MediaProbeResult(Parse(result.StandardOutput), null);
    }

    internal static ProbedMedia Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var streams = root.TryGetProperty("streams", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(Stream).ToList()
            : [];
        return new ProbedMedia(streams, root.TryGetProperty("format", out var format) ? Seconds(format, "duration") : null);
    }

    private static ProbedStream Stream(JsonElement s) => new(
        Text(s, "codec_type") switch
        {
            "video" => MediaStreamKind.Video,
            "audio" => MediaStreamKind.Audio,
            "subtitle" => MediaStreamKind.Subtitle,
            "data" => MediaStreamKind.Data,
            _ => MediaStreamKind.Other,
        },
        Text(s, "codec_name"),
        Whole(s, "width"),
        Whole(s, "height"),
        Whole(s, "nb_frames"),
        Text(s, "r_frame_rate"),
        Seconds(s, "duration"),
        Whole(s, "sample_rate"),
        Whole(s, "channels"));

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) ? p.ValueKind switch
        {
            JsonValueKind.String => p.GetString(),
            // ffprobe writes some numbers bare (width, channels) and others quoted (nb_frames, sample_rate).
            JsonValueKind.Number => p.GetRawText(),
            _ => null,
        } : null;

    private static int? Whole(JsonElement e, string name) =>
        int.TryParse(Text(e, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static double? Seconds(JsonElement e, string name) =>
        double.TryParse(Text(e, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}

/// <summary>What reading a file with ffprobe gave: the media, or the reason ffprobe could not read it.</summary>
public sealed record MediaProbeResult(ProbedMedia? Media, string? Problem)
{
    public static MediaProbeResult Failed(string problem) => new(null, problem);
}
