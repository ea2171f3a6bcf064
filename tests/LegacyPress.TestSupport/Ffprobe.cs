using System.Diagnostics;
using System.Text.Json;

namespace LegacyPress.TestSupport;

/// <summary>What ffprobe says about a file's first video stream (frames counted by decoding).</summary>
public sealed record ProbedVideo(string Codec, string Profile, string PixelFormat, string? ColorSpace, string? ColorPrimaries, string? ColorTransfer, string? ColorRange, int Width, int Height, int Frames, double DurationSeconds, string FrameRate, string? AudioCodec)
{
    public double VideoSeconds { get; init; }

    /// <summary>The frame count the container declares (nb_frames), beside <see cref="Frames"/> counted by decoding.</summary>
    public int? ContainerFrames { get; init; }

    public double? AudioSeconds { get; init; }
}

public static class Ffprobe
{
    public static ProbedVideo Probe(string path)
    {
        using var doc = JsonDocument.Parse(Run("-v", "error", "-count_frames", "-show_streams", "-show_format", "-of", "json", path));
        var streams = doc.RootElement.GetProperty("streams").EnumerateArray().ToList();
        var v = streams.First(s => s.GetProperty("codec_type").GetString() == "video");
        var audio = streams.FirstOrDefault(s => s.GetProperty("codec_type").GetString() == "audio");
        string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var p) ? p.GetString() : null;
        return new ProbedVideo(
            Text(v, "codec_name")!,
            Text(v, "profile")!,
            Text(v, "pix_fmt")!,
            Text(v, "color_space"),
            Text(v, "color_primaries"),
            Text(v, "color_transfer"),
            Text(v, "color_range"),
            v.GetProperty("width").GetInt32(),
            v.GetProperty("height").GetInt32(),
            int.Parse(Text(v, "nb_read_frames")!, System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(Text(doc.RootElement.GetProperty("format"), "duration")!, System.Globalization.CultureInfo.InvariantCulture),
            Text(v, "r_frame_rate")!,
            audio.ValueKind == JsonValueKind.Undefined ? null : Text(audio, "codec_name"))
        {
            VideoSeconds = Seconds(Text(v, "duration"))!.Value,
            ContainerFrames = Text(v, "nb_frames") is { } declared ? int.Parse(declared, System.Globalization.CultureInfo.InvariantCulture) : null,
            AudioSeconds = audio.ValueKind == JsonValueKind.Undefined ? null : Seconds(Text(audio, "duration")),
        };
    }

    /// <summary>When each frame of the first video stream is shown (its presentation time), in seconds, in display order.</summary>
    public static IReadOnlyList<double> FrameTimes(string path) =>
        Run("-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts_time", "-of", "csv=p=0", path)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => double.Parse(t, System.Globalization.CultureInfo.InvariantCulture))
            .Order()
            .ToList();

    private static string Run(params string[] args)
    {
        var start = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private static double? Seconds(string? text) =>
        text is null ? null : double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
