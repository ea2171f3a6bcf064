using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LegacyPress.Cli.Tests.Support;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Cli.Tests;

/// <summary>
/// Issue 13, class 7: film.yaml's <c>output</c> is what every command renders at unless <c>--preset</c> says
/// otherwise, and a range render's captions are the range's, timed from its start.
/// </summary>
public sealed partial class FilmOutputCommandTests : IDisposable
{
    private readonly TempFolder project = new();

    public FilmOutputCommandTests()
    {
        Directory.CreateDirectory(project.File("images"));
        CliRun.WriteStill(project.File("images/a.png"), SKColors.DarkOrange);
        CliRun.WriteStill(project.File("images/b.png"), SKColors.SteelBlue);
        WriteFilm("preset: preview");
    }

    public void Dispose() => project.Dispose();

    private string Out => project.File("out");

    private void WriteFilm(string output) => File.WriteAllText(project.File("film.yaml"), $$"""
        schema: 1
        title: "Sizes"
        output: { {{output}}, fps: 24 }
        cards: { opening: false, acts: false, credits: false }
        acts:
          - title: One
            shots:
              - { id: orange, image: images/a.png, duration: 2, motion: still, transition: cut, narration: "An orange field." }
              - { id: blue, image: images/b.png, duration: 2, motion: still, narration: "A blue sky." }
        """);

    [Fact]
    public async Task Render_without_a_preset_renders_at_film_yaml_s_preset()
    {
        var (exit, stdout, stderr) = await CliRun.Run("render", project.Path, "--out", Out, "--silent", "--json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(("preview", 640, 360), (json.RootElement.GetProperty("preset").GetString(), json.RootElement.GetProperty("width").GetInt32(), json.RootElement.GetProperty("height").GetInt32()));
        Assert.Equal(Path.Combine(Out, "film-preview.mp4"), json.RootElement.GetProperty("output").GetString());
        var probed = Ffprobe.Probe(Path.Combine(Out, "film-preview.mp4"));
        Assert.Equal((640, 360, "24/1", 96), (probed.Width, probed.Height, probed.FrameRate, probed.Frames));
    }

    [Fact]
    public async Task Render_of_a_custom_size_is_exactly_that_size_and_says_so_in_its_file_names()
    {
        WriteFilm("width: 320, height: 180");

        var (exit, stdout, stderr) = await CliRun.Run("render", project.Path, "--out", Out, "--silent", "--json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(("custom", 320, 180), (json.RootElement.GetProperty("preset").GetString(), json.RootElement.GetProperty("width").GetInt32(), json.RootElement.GetProperty("height").GetInt32()));
        Assert.Equal(["film-320x180.mp4", "film-320x180.srt", "film-320x180.vtt"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var probed = Ffprobe.Probe(Path.Combine(Out, "film-320x180.mp4"));
        Assert.Equal((320, 180, "24/1"), (probed.Width, probed.Height, probed.FrameRate));
    }

    [Fact]
    public async Task A_preset_on_the_command_line_overrides_film_yaml()
    {
        WriteFilm("width: 320, height: 180");

        var (exit, _, stderr) = await CliRun.Run("render", project.Path, "--preset", "preview", "--out", Out, "--silent", "--quiet");

        Assert.True(exit == 0, stderr);
        var probed = Ffprobe.Probe(Path.Combine(Out, "film-preview.mp4"));
        Assert.Equal((640, 360, "24/1"), (probed.Width, probed.Height, probed.FrameRate));
        Assert.False(File.Exists(Path.Combine(Out, "film-320x180.mp4")));
    }

    [Fact]
    public async Task A_range_render_writes_the_range_s_captions_timed_from_its_start()
    {
        // The whole film: "An orange field." in the orange shot (0–2 s), "A blue sky." in the blue one (2–4 s).
        var whole = await CliRun.Run("render", project.Path, "--out", project.File("whole"), "--silent", "--quiet");
        Assert.True(whole.Exit == 0, whole.Error);
        var film = Cues(File.ReadAllText(project.File("whole/film-preview.srt")));
        Assert.Equal(2, film.Count);

        var (exit, stdout, stderr) = await CliRun.Run("render", project.Path, "--out", Out, "--from", "2.5", "--to", "3.5", "--silent", "--json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal([Path.Combine(Out, "film-preview-2.5-3.5.srt"), Path.Combine(Out, "film-preview-2.5-3.5.vtt")], json.RootElement.GetProperty("captions").EnumerateArray().Select(c => c.GetString()));
        var range = Cues(File.ReadAllText(Path.Combine(Out, "film-preview-2.5-3.5.srt")));
        // Only the blue line is on screen in 2.5–3.5 s; it is clipped to the range and counted from 2.5 s.
        var blue = Assert.Single(range);
        Assert.Equal("A blue sky.", blue.Text);
        Assert.Equal(1, blue.Number);
        Assert.Equal(Math.Max(0, film[1].Start - 2.5), blue.Start, 0.0015);
        Assert.Equal(Math.Min(1.0, film[1].End - 2.5), blue.End, 0.0015);
        Assert.Contains("00:00:00.000 --> ", File.ReadAllText(Path.Combine(Out, "film-preview-2.5-3.5.vtt")), StringComparison.Ordinal);
        Assert.Equal(24, Ffprobe.Probe(Path.Combine(Out, "film-preview-2.5-3.5.mp4")).Frames);
        // The range is named for itself: the whole film's file is neither written nor overwritten.
        Assert.False(File.Exists(Path.Combine(Out, "film-preview.mp4")));
    }

    [Fact]
    public async Task A_range_with_no_narration_in_it_leaves_empty_captions_beside_its_video_not_the_film_s()
    {
        WriteFilm("preset: preview");
        File.WriteAllText(project.File("film.yaml"), File.ReadAllText(project.File("film.yaml")).Replace(", narration: \"A blue sky.\"", "", StringComparison.Ordinal));
        Assert.Equal(0, (await CliRun.Run("render", project.Path, "--out", Out, "--silent", "--quiet")).Exit);
        Assert.NotEmpty(Cues(File.ReadAllText(Path.Combine(Out, "film-preview.srt"))));

        var (exit, _, stderr) = await CliRun.Run("render", project.Path, "--out", Out, "--from", "2.5", "--silent", "--quiet");

        Assert.True(exit == 0, stderr);
        Assert.Empty(Cues(File.ReadAllText(Path.Combine(Out, "film-preview-2.5-end.srt"))));
        Assert.True(File.Exists(Path.Combine(Out, "film-preview-2.5-end.mp4")));
        // The whole film's captions are its own still.
        Assert.NotEmpty(Cues(File.ReadAllText(Path.Combine(Out, "film-preview.srt"))));
    }

    [Fact]
    public async Task Plan_json_reports_the_size_the_render_will_have()
    {
        WriteFilm("width: 320, height: 180");

        var (exit, stdout, stderr) = await CliRun.Run("plan", project.Path, "--estimate", "--json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(("custom", 320, 180), (json.RootElement.GetProperty("preset").GetString(), json.RootElement.GetProperty("width").GetInt32(), json.RootElement.GetProperty("height").GetInt32()));
    }

    [Theory]
    [InlineData(new string[0], 640, 360)]
    [InlineData(new[] { "--preset", "square" }, 1080, 1080)]
    public async Task Still_is_drawn_at_film_yaml_s_size_unless_a_preset_is_given(string[] preset, int width, int height)
    {
        var png = project.File("still.png");

        var (exit, stdout, stderr) = await CliRun.Run(["still", project.Path, "--at", "0.5", "--out", png, .. preset]);

        Assert.True(exit == 0, stderr);
        Assert.Contains($"{width}x{height}", stdout, StringComparison.Ordinal);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task Storyboard_of_a_vertical_film_has_vertical_thumbnails()
    {
        var landscape = project.File("landscape.png");
        Assert.Equal(0, (await CliRun.Run("storyboard", project.Path, "--out", landscape, "--quiet")).Exit);
        WriteFilm("preset: vertical");
        var vertical = project.File("vertical.png");

        var (exit, _, stderr) = await CliRun.Run("storyboard", project.Path, "--out", vertical, "--quiet");

        Assert.True(exit == 0, stderr);
        using var wide = SKBitmap.Decode(landscape);
        using var tall = SKBitmap.Decode(vertical);
        Assert.Equal(wide.Width, tall.Width);
        // One row of two cells: 9:16 thumbnails add 384 × (16/9 − 9/16) ≈ 467 pixels of height to the sheet.
        Assert.InRange(tall.Height - wide.Height, 460, 475);
    }

    private static List<(int Number, double Start, double End, string Text)> Cues(string srt) =>
        Cue().Matches(srt).Select(m => (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Seconds(m.Groups[2].Value), Seconds(m.Groups[3].Value), m.Groups[4].Value.Trim())).ToList();

    private static double Seconds(string time) => TimeSpan.ParseExact(time, @"hh\:mm\:ss\,fff", CultureInfo.InvariantCulture).TotalSeconds;

    [GeneratedRegex(@"(\d+)\n(\d\d:\d\d:\d\d,\d\d\d) --> (\d\d:\d\d:\d\d,\d\d\d)\n([^\n]+(?:\n[^\n]+)*)")]
    private static partial Regex Cue();
}
