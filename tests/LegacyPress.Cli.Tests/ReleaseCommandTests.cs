using System.Text.Json;
using SkiaSharp;

using LegacyPress.Cli.Tests.Support;

namespace LegacyPress.Cli.Tests;

public sealed class ReleaseCommandTests : IDisposable
{
    private readonly string project = Path.Combine(Path.GetTempPath(), "legacypress-release-" + Guid.NewGuid().ToString("N")[..8]);

    public ReleaseCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(project, "images"));
        CliRun.WriteStill(Path.Combine(project, "images", "a.png"), SKColors.DarkOrange);
        CliRun.WriteStill(Path.Combine(project, "images", "b.png"), SKColors.SteelBlue);
        File.WriteAllText(Path.Combine(project, "film.yaml"), """
            schema: 1
            title: "Two Shots"
            version: 2.1.0
            output: { fps: 12 }
            cards: { opening: false, acts: false, credits: false }
            acts:
              - title: One
                shots:
                  - { id: orange, image: images/a.png, duration: 2, motion: zoom-in, trailer: true }
                  - { id: blue, image: images/b.png, duration: 2, motion: still }
            trailer:
              length: 15
            """);
    }

    public void Dispose() => Directory.Delete(project, recursive: true);


    [Fact]
    public async Task Release_builds_film_trailer_and_manifest_then_a_second_run_does_no_work()
    {
        var artifacts = Path.Combine(project, "artifacts");

        var (exit, stdout, stderr) = await CliRun.Run("release", project, "--preset", "preview", "--out", artifacts);

        Assert.True(exit == 0, stderr + stdout);
        var release = Path.Combine(artifacts, "2.1.0");
        Assert.True(File.Exists(Path.Combine(release, "film-preview.mp4")));
        Assert.True(File.Exists(Path.Combine(release, "trailer-preview.mp4")));
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(release, "manifest.json"))))
        {
            var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!);
            foreach (var expected in new[]
                     {
                         "film-preview.mp4", "trailer-preview.mp4", "timeline.png", "storyboard.png",
                         "presskit.pdf", "casestudy.pdf", "promo/youtube-thumbnail.jpg", "promo/one-sheet.pdf", "promo/index.html",
                     })
            {
                Assert.True(files.ContainsKey(expected), $"the manifest lists {expected}");
            }
            Assert.Equal(15, files["trailer-preview.mp4"].GetProperty("media").GetProperty("durationSeconds").GetDouble(), 1);
        }
        Assert.Contains("built", stdout, StringComparison.Ordinal);

        var filmWritten = File.GetLastWriteTimeUtc(Path.Combine(release, "film-preview.mp4"));
        (exit, stdout, stderr) = await CliRun.Run("release", project, "--preset", "preview", "--out", artifacts);

        Assert.True(exit == 0, stderr + stdout);
        Assert.DoesNotContain("│ built", stdout, StringComparison.Ordinal);
        // film, captions, timeline, look, trailer, promo, presskit, casestudy and the manifest.
        Assert.Equal(9, stdout.Split("up to date").Length - 1);
        // artifacts/ points at the release just made.
        Assert.Equal(Path.Combine("2.1.0", "film-preview.mp4"), new FileInfo(Path.Combine(artifacts, "film-preview.mp4")).LinkTarget);
        Assert.Equal(filmWritten, File.GetLastWriteTimeUtc(Path.Combine(release, "film-preview.mp4")));
    }

    [Fact]
    public async Task Release_only_runs_the_named_steps_and_an_unknown_step_is_an_error()
    {
        var artifacts = Path.Combine(project, "artifacts");

        var (exit, stdout, stderr) = await CliRun.Run("release", project, "--preset", "preview", "--out", artifacts, "--only", "presskit", "casestudy");

        Assert.True(exit == 0, stderr + stdout);
        Assert.True(File.Exists(Path.Combine(artifacts, "2.1.0", "presskit.pdf")));
        Assert.False(File.Exists(Path.Combine(artifacts, "2.1.0", "film-preview.mp4")));

        (exit, _, stderr) = await CliRun.Run("release", project, "--out", artifacts, "--only", "posters");
        Assert.Equal(1, exit);
        Assert.Contains("unknown step 'posters'", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trailer_command_writes_trailer_preview_mp4()
    {
        var output = Path.Combine(project, "out");

        var (exit, stdout, stderr) = await CliRun.Run("trailer", project, "--preset", "preview", "--length", "15", "--out", output);

        Assert.True(exit == 0, stderr + stdout);
        Assert.Contains("trailer-preview.mp4", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "trailer-preview.mp4")));
    }
}
