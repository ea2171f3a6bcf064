using SkiaSharp;

using LegacyPress.Cli.Tests.Support;
using LegacyPress.TestSupport;

namespace LegacyPress.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string project = Path.Combine(Path.GetTempPath(), "legacypress-check-" + Guid.NewGuid().ToString("N")[..8]);

    public CheckCommandTests()
    {
        CliRun.WriteStill(Path.Combine(project, "images", "a.png"), SKColors.DarkOrange);
        CliRun.WriteStill(Path.Combine(project, "images", "b.png"), SKColors.SteelBlue);
    }

    public void Dispose() => Directory.Delete(project, recursive: true);

    [Fact]
    public async Task Check_reports_promo_publish_and_press_problems_together_at_file_line_col()
    {
        File.WriteAllText(Path.Combine(project, "film.yaml"), """
            schema: 1
            title: "Two Shots"
            cards: { opening: false, acts: false, credits: false }
            acts:
              - title: One
                shots:
                  - id: orange
                    image: images/a.png
                    duration: 2
                  - id: blue
                    image: images/b.png
                    duration: 2
            promo:
              key_art: purple
              colour: red
            publish:
              youtube:
                privacy: secret
            """);
        Directory.CreateDirectory(Path.Combine(project, "press"));
        File.WriteAllText(Path.Combine(project, "press", "director-statement.md"), "# Why\n\nA film about colour.\n\n![x](images/nope.png)\n");
        var film = ProjectOpener.DisplayPath(Path.Combine(project, "film.yaml"));
        var press = ProjectOpener.DisplayPath(Path.Combine(project, "press", "director-statement.md"));

        var (exit, stdout, stderr) = await CliRun.Run("check", project);

        Assert.Equal(ExitCodes.Failed, exit);
        var lines = stderr.Split('\n', StringSplitOptions.TrimEntries).Where(l => l.Length > 0).ToList();
        Assert.Equal(
            [
                $"{film}:14:12: promo: key_art names shot 'purple', which the film does not have",
                $"{film}:15:3: promo: unknown key 'colour'",
                $"{film}:18:14: publish.youtube.privacy: 'secret' is not one of private, unlisted, public",
                $"{press}:5:1: image 'images/nope.png' not found (looked for {Path.Combine("press", "images", "nope.png")})",
                "4 problems found.",
            ],
            lines);
        var output = stdout + stderr;
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ok", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_of_a_clean_project_with_promo_and_publish_settings_says_ok()
    {
        File.WriteAllText(Path.Combine(project, "film.yaml"), """
            schema: 1
            title: "Two Shots"
            cards: { opening: false, acts: false, credits: false }
            acts:
              - title: One
                shots:
                  - id: orange
                    image: images/a.png
                    duration: 2
            promo:
              key_art: orange
              stills: [orange]
              video_url: https://legacy-film.example/watch
            publish:
              youtube: { publish_at: "2030-01-01T10:00:00Z", playlist: Shorts, captions: [en] }
            """);

        var (exit, stdout, stderr) = await CliRun.Run("check", project);

        Assert.True(exit == ExitCodes.Ok, stderr);
        Assert.StartsWith("ok Two Shots: 1 acts, 1 shots", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_refuses_a_publish_at_that_has_passed_at_its_line()
    {
        File.WriteAllText(Path.Combine(project, "film.yaml"), "schema: 1\ntitle: Late\nacts:\n  - title: One\n    shots:\n      - { id: a, image: images/a.png, duration: 2 }\npublish:\n  youtube:\n    publish_at: 2025-01-01T10:00:00Z\n");

        var (exit, _, stderr) = await CliRun.Run("check", project);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("film.yaml:9:17: publish.youtube.publish_at: 2025-01-01T10:00:00+00:00 is in the past (now ", stderr, StringComparison.Ordinal);
        Assert.Contains("YouTube refuses a scheduled time that has passed", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_speech_setting_in_the_environment_is_the_user_s_error_not_an_internal_one()
    {
        File.WriteAllText(Path.Combine(project, "film.yaml"), "schema: 1\ntitle: Env\nacts:\n  - title: One\n    shots:\n      - { id: a, image: images/a.png, duration: 2 }\n");

        var run = await CliProcess.RunAsync(["check", project], TimeSpan.FromSeconds(60), environment: new Dictionary<string, string> { ["LEGACYPRESS_ELEVENLABS_BASE_URL"] = "ftp://speech.example" });

        Assert.Equal(ExitCodes.Failed, run.Exit);
        Assert.Contains("LEGACYPRESS_ELEVENLABS_BASE_URL is 'ftp://speech.example'; it must be an http(s) URL", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    /// <summary>One shot with one generated effect, its mapping at 10:30.</summary>
    private const string GeneratedEffectFilm =
        "schema: 1\ntitle: Gears\nacts:\n  - title: One\n    shots:\n      - id: a\n        image: images/a.png\n        duration: 4\n        sfx:\n          - { at: 1, effect: { generate: \"brass gears\", duration: 1 } }\n";

    [Fact]
    public async Task A_generated_effect_with_no_take_and_no_key_is_a_located_problem_not_a_stack_trace()
    {
        File.WriteAllText(Path.Combine(project, "film.yaml"), GeneratedEffectFilm);

        var run = await CliProcess.RunAsync(["check", project], TimeSpan.FromSeconds(60), environment: new Dictionary<string, string> { ["ELEVENLABS_API_KEY"] = "" });

        Assert.Equal(ExitCodes.Failed, run.Exit);
        Assert.Contains("film.yaml:10:30: sfx a/1 \"brass gears\": take 1 is not made yet and ELEVENLABS_API_KEY is not set, so a render or release would stop here", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_key_check_warns_that_the_next_render_makes_the_take_and_never_prints_the_key()
    {
        const string key = "sk_cli_check_3e9d1f7a";
        File.WriteAllText(Path.Combine(project, "film.yaml"), GeneratedEffectFilm);

        // Nothing listens at this address: check must not ask ElevenLabs for anything.
        var run = await CliProcess.RunAsync(["check", project], TimeSpan.FromSeconds(60), environment: new Dictionary<string, string> { ["ELEVENLABS_API_KEY"] = key, ["LEGACYPRESS_ELEVENLABS_BASE_URL"] = "http://127.0.0.1:1" });

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains("film.yaml:10:30: warning: sfx a/1 \"brass gears\": take 1 is not made yet; the next render or release generates it with ElevenLabs", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(key, run.Out + run.Error, StringComparison.Ordinal);
    }
}
