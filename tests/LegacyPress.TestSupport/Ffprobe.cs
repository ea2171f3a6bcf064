using System.Diagnostics;
using System.Text.Json;

namespace LegacyPress.TestSupport;

/// <summary>What ffprobe says about a file's first video stream (frames counted by decoding).</summary>
public sealed record ProbedVideo(string Codec, string Profile, string PixelFormat, string? ColorSpace, string? ColorPrimaries, string? ColorTransfer, string? ColorRange, int Width, int Height, int Frames, double DurationSeconds, string FrameRate, string? AudioCodec)
{
    public double VideoSeconds { get; init; }

    public double? AudioSeconds { get; init; }
}

public static class Ffprobe
{
    public static ProbedVideo Probe(string path)
    {
        var start = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-v", "error", "-count_frames", "-show_streams", "-show_format", "-of", "json", path })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var json = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        using var doc = JsonDocument.Parse(json);
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
            AudioSeconds = audio.ValueKind == JsonValueKind.Undefined ? null : Seconds(Text(audio, "duration")),
        };
    }

    private static double? Seconds(string? text) =>
        text is null ? null : double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
