using System.Text.Json;
using SkiaSharp;

using LegacyPress.Cli.Tests.Support;

namespace LegacyPress.Cli.Tests;

public sealed class RenderCommandsTests : IDisposable
{
    private readonly TwoShotProject scratch = new("legacypress-cli-");
    private readonly string project;

    public RenderCommandsTests()
    {
        project = scratch.Folder;
        scratch.WriteFilm(
            output: "preset: final\nfps: 24",
            orange: "duration: 2\nmotion: zoom-in\nnarration: \"An orange field.\"",
            blue: "duration: 1\nmotion: still");
    }

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task Render_preview_writes_film_preview_mp4_and_a_json_summary()
    {
        var output = Path.Combine(project, "out");

        var (exit, stdout, stderr) = await CliRun.Run("render", project, "--preset", "preview", "--out", output, "--json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("preview", json.RootElement.GetProperty("preset").GetString());
        Assert.Equal(Path.Combine(output, "film-preview.mp4"), json.RootElement.GetProperty("output").GetString());
        Assert.Equal(json.RootElement.GetProperty("endFrame").GetInt32(), json.RootElement.GetProperty("frames").GetInt32());
        Assert.Equal(["film-preview.mp4", "film-preview.srt", "film-preview.vtt"], Directory.GetFiles(output).Select(Path.GetFileName).Order());
        // The narration was spoken by espeak-ng, mixed with the rest and normalised to the default -14 LUFS.
        Assert.InRange(json.RootElement.GetProperty("audio").GetProperty("integratedLufs").GetDouble(), -14.5, -13.5);
        Assert.Contains("An orange field.", File.ReadAllText(Path.Combine(output, "film-preview.srt")));
    }

    [Fact]
    public async Task Mix_with_stems_writes_the_mix_and_three_stems()
    {
        var output = Path.Combine(project, "out");

        var (exit, _, stderr) = await CliRun.Run("mix", project, "--out", output, "--stems", "--quiet");

        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(output, "film.wav")));
        Assert.Equal(["dialogue.wav", "effects.wav", "music.wav"], Directory.GetFiles(Path.Combine(output, "stems")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Timeline_writes_a_picture_of_the_lanes()
    {
        var png = Path.Combine(project, "out", "timeline.png");

        var (exit, _, stderr) = await CliRun.Run("timeline", project, "--out", png, "--quiet");

        Assert.True(exit == 0, stderr);
        using var image = SKBitmap.Decode(png);
        Assert.True(image.Width >= 1200, $"{image.Width} px wide");
    }

    [Fact]
    public async Task Render_of_a_range_outside_the_film_is_an_error()
    {
        var (exit, _, stderr) = await CliRun.Run("render", project, "--preset", "preview", "--out", Path.Combine(project, "out"), "--from", "50", "--to", "60", "--quiet");

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("--from: 50 s is past the film's end", stderr);
    }

    [Fact]
    public async Task Still_writes_one_frame_at_the_preset_size()
    {
        var png = Path.Combine(project, "frame.png");

        var (exit, _, stderr) = await CliRun.Run("still", project, "--at", "0.5", "--preset", "square", "--out", png);

        Assert.True(exit == 0, stderr);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((1080, 1080), (bitmap.Width, bitmap.Height));
        // Frame 12 shows the orange still alone (the default 1 s crossfade into blue starts at 1 s).
        var centre = bitmap.GetPixel(100, 540);
        Assert.True(centre.Red > 200 && centre.Blue < 80, $"expected orange, got {centre}");
    }

    [Fact]
    public async Task Storyboard_writes_a_contact_sheet()
    {
        var png = Path.Combine(project, "board.png");

        var (exit, stdout, stderr) = await CliRun.Run("storyboard", project, "--out", png);

        Assert.True(exit == 0, stderr);
        Assert.Contains("2 shots", stdout);
        using var bitmap = SKBitmap.Decode(png);
        Assert.True(bitmap.Width > 700 && bitmap.Height > 200);
    }

    [Fact]
    public async Task Without_out_a_command_writes_into_the_projects_own_artifacts_folder_not_the_working_folders()
    {
        var (exit, _, stderr) = await CliRun.Run("storyboard", project);
        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(project, "artifacts", "storyboard.png")));

        // Named by its film.yaml, the project is still the folder that file is in.
        (exit, _, stderr) = await CliRun.Run("still", Path.Combine(project, "film.yaml"), "--at", "0.5");
        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(project, "artifacts", "still-0.5s.png")));
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "artifacts", "still-0.5s.png")));
    }
}
