using System.Globalization;
using System.Text.Json;
using LegacyPress.Cli.Tests.Support;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Cli.Tests;

/// <summary><c>output.fps</c> reaches the MP4 exactly: the stream's declared rate and its frame count are the planned ones.</summary>
public sealed class FrameRateRenderTests : IDisposable
{
    private readonly TwoShotProject scratch = new("legacypress-fps-");
    private readonly string project;

    public FrameRateRenderTests() => project = scratch.Folder;

    public void Dispose() => scratch.Dispose();

    private void WriteFilm(string fps) => scratch.WriteFilm(
        output: $"fps: {fps}",
        orange: "duration: 2.5\nmotion: zoom-in\nnarration: \"Orange.\"",
        blue: "duration: 1.5\nmotion: still");

    // At 30000/1001, 2.5 s, 1.5 s and the default 1 s crossfade are 74.93, 44.96 and 29.97 frames: 75 + 45 − 30 = 90,
    // which last 90 × 1001/30000 = 3.003 s. At 24 fps: 60 + 36 − 24 = 72, 3 s.
    [Theory]
    [InlineData("29.97", "30000/1001", "30000/1001", 90)]
    [InlineData("30000/1001", "30000/1001", "30000/1001", 90)]
    [InlineData("24", "24", "24/1", 72)]
    public async Task Render_writes_the_exact_rate_and_the_planned_frame_count(string fps, string reported, string streamRate, int frames)
    {
        WriteFilm(fps);
        var output = Path.Combine(project, "out");

        var (exit, stdout, stderr) = await CliRun.Run("render", project, "--preset", "preview", "--out", output, "--json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(reported, json.RootElement.GetProperty("frameRate").GetString());
        Assert.Equal(frames, json.RootElement.GetProperty("frames").GetInt32());
        var probed = Ffprobe.Probe(Path.Combine(output, "film-preview.mp4"));
        Assert.Equal(streamRate, probed.FrameRate);
        Assert.Equal((frames, frames), (probed.Frames, probed.ContainerFrames));
        var (numerator, denominator) = Fraction(streamRate);
        var seconds = (double)frames * denominator / numerator;
        Assert.InRange(probed.VideoSeconds, seconds - 1e-4, seconds + 1e-4);
        Assert.Equal(seconds, json.RootElement.GetProperty("durationSeconds").GetDouble(), 9);
        // The soundtrack is cut at the picture's exact end (to within one AAC frame, 21 ms).
        Assert.Equal("aac", probed.AudioCodec);
        Assert.InRange(probed.AudioSeconds!.Value, seconds - 0.022, seconds + 0.022);
    }

    [Fact]
    public async Task Plan_json_prints_the_rate_as_a_fraction_and_as_a_number()
    {
        WriteFilm("29.97");

        var (exit, stdout, stderr) = await CliRun.Run("plan", project, "--json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("30000/1001", json.RootElement.GetProperty("frameRate").GetString());
        Assert.Equal(30000 / 1001.0, json.RootElement.GetProperty("framesPerSecond").GetDouble(), 12);
        Assert.Equal(90, json.RootElement.GetProperty("totalFrames").GetInt32());
        Assert.Equal(3.003, json.RootElement.GetProperty("runtimeSeconds").GetDouble(), 12);
    }

    private static (int Numerator, int Denominator) Fraction(string rate)
    {
        var parts = rate.Split('/');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
