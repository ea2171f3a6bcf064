using System.Text.Json;
using LegacyPress.Cli.Tests.Support;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Cli.Tests;

/// <summary>
/// Issue 14, item 2: one truth about time. Commands that plan without speaking (check, still, storyboard,
/// plan --estimate) time narration from the speech cache, so once a line is spoken they agree with the film.
/// </summary>
public sealed class CachedTimingTests : IDisposable
{
    private readonly TempFolder project = new();

    public CachedTimingTests()
    {
        Directory.CreateDirectory(project.File("images"));
        CliRun.WriteStill(project.File("images/a.png"), SKColors.DarkOrange);
        CliRun.WriteStill(project.File("images/b.png"), SKColors.SteelBlue);
        File.WriteAllText(project.File("film.yaml"), """
            schema: 1
            title: "Measured"
            output: { preset: preview, fps: 24 }
            cards: { opening: false, acts: false, credits: false }
            acts:
              - title: One
                shots:
                  - { id: orange, image: images/a.png, duration: auto, motion: still, transition: cut, narration: "An orange field under a low and heavy evening sky, with nobody in it at all." }
                  - { id: blue, image: images/b.png, duration: auto, motion: still, narration: "Blue." }
                  - { id: green, image: images/a.png, duration: 2, motion: still }
            """);
    }

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task A_project_never_spoken_says_its_timing_is_estimated()
    {
        var (exit, stdout, stderr) = await CliRun.Run("check", project.Path, "--json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("estimated").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("estimatedLines").GetInt32());
        Assert.Single(stderr.Split('\n'), l => l.Contains("timing is estimated for 2 narration lines", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Once_spoken_planning_without_speaking_matches_the_spoken_timeline()
    {
        var estimatedStarts = await StartFrames("plan", project.Path, "--estimate", "--json");

        // plan without --estimate speaks through the release's one preparation path and caches the speech.
        var spokenStarts = await StartFrames("plan", project.Path, "--json");
        var (exit, stdout, stderr) = await CliRun.Run("plan", project.Path, "--estimate", "--json");

        Assert.True(exit == 0, stderr);
        Assert.NotEqual(estimatedStarts, spokenStarts);
        Assert.Equal(spokenStarts, Starts(stdout));
        Assert.DoesNotContain("estimated", stderr, StringComparison.Ordinal);
        var (checkExit, checkOut, checkError) = await CliRun.Run("check", project.Path, "--json");
        Assert.True(checkExit == 0, checkError);
        using var check = JsonDocument.Parse(checkOut);
        Assert.False(check.RootElement.GetProperty("estimated").GetBoolean());
    }

    private static async Task<IReadOnlyList<int>> StartFrames(params string[] args)
    {
        var (exit, stdout, stderr) = await CliRun.Run(args);
        Assert.True(exit == 0, stderr);
        return Starts(stdout);
    }

    private static IReadOnlyList<int> Starts(string planJson)
    {
        using var json = JsonDocument.Parse(planJson);
        return [.. json.RootElement.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("startFrame").GetInt32())];
    }
}
