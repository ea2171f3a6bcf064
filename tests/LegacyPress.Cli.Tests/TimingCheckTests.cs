using LegacyPress.Cli.Tests.Support;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Cli.Tests;

/// <summary>Issue 14, item 5: check reports timing problems with every other problem, in one run, at the value to change.</summary>
public sealed class TimingCheckTests : IDisposable
{
    private readonly TempFolder project = new();

    public TimingCheckTests()
    {
        Directory.CreateDirectory(project.File("images"));
        CliRun.WriteStill(project.File("images/a.png"), SKColors.DarkOrange);
        File.WriteAllText(project.File("images/broken.png"), "not a picture");
        Directory.CreateDirectory(project.File("audio"));
        TestSounds.WriteSineWav(project.File("audio/line.wav"), seconds: 3);
    }

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task Check_reports_a_broken_image_an_sfx_past_its_shot_and_a_too_short_duration_together()
    {
        File.WriteAllText(project.File("film.yaml"), """
            schema: 1
            title: "Three Problems"
            cards: { opening: false, acts: false, credits: false }
            acts:
              - title: One
                shots:
                  - { id: broken, image: images/broken.png, duration: 2 }
                  - { id: late, image: images/a.png, duration: 2, sfx: [ { at: 5, effect: impact, duration: 1 } ] }
                  - { id: short, image: images/a.png, duration: 1, narration: { audio: audio/line.wav } }
            """);
        var film = ProjectOpener.DisplayPath(project.File("film.yaml"));

        var (exit, _, stderr) = await CliRun.Run("check", project.Path);

        Assert.Equal(ExitCodes.Failed, exit);
        var lines = stderr.Split('\n', StringSplitOptions.TrimEntries).Where(l => l.Length > 0).ToList();
        Assert.Contains(lines, l => l.StartsWith($"{film}:7:", StringComparison.Ordinal) && l.Contains("broken.png", StringComparison.Ordinal));
        Assert.Contains($"{film}:8:68: shot 'late' sfx: cue at 5 s is outside its shot (2 s long)", lines);
        Assert.Contains($"{film}:9:53: shot 'short': narration lasts 3 s but the shot is 1 s; use 'duration: auto' or lengthen the shot", lines);
        Assert.True(lines[^1] == "3 problems found.", stderr);
    }

    [Fact]
    public async Task Check_finds_spoken_narration_longer_than_its_fixed_duration_once_it_is_in_the_speech_cache()
    {
        File.WriteAllText(project.File("film.yaml"), """
            schema: 1
            title: "Too Short"
            cards: { opening: false, acts: false, credits: false }
            acts:
              - title: One
                shots:
                  - { id: talk, image: images/a.png, duration: 1, narration: "A line far too long to be spoken inside a single second of film." }
            """);
        var film = ProjectOpener.DisplayPath(project.File("film.yaml"));
        var (before, _, _) = await CliRun.Run("check", project.Path);
        Assert.Equal(ExitCodes.Ok, before);

        // plan speaks the line (and caches it) before it finds the line does not fit.
        var (planned, _, _) = await CliRun.Run("plan", project.Path);
        var (exit, _, stderr) = await CliRun.Run("check", project.Path);

        Assert.Equal(ExitCodes.Failed, planned);
        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains(stderr.Split('\n', StringSplitOptions.TrimEntries), l => l.StartsWith($"{film}:7:52: shot 'talk': narration lasts", StringComparison.Ordinal));
    }
}
