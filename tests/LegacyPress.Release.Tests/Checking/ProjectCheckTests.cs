using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Release.Checking;
using LegacyPress.Release.Preparation;
using LegacyPress.Render.Media;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Release.Tests.Checking;

public sealed class ProjectCheckTests : IDisposable
{
    // Lines 1-12; whatever a test appends starts on line 13.
    private const string BaseYaml = """
        schema: 1
        title: "Two Shots"
        cards: { opening: false, acts: false, credits: false }
        acts:
          - title: One
            shots:
              - id: a
                image: images/a.png
                duration: 2
              - id: b
                image: images/b.png
                duration: 2
        """;

    private readonly TempFolder project = new();

    public ProjectCheckTests()
    {
        WriteStill("images/a.png", SKColors.DarkOrange);
        WriteStill("images/b.png", SKColors.SteelBlue);
    }

    public void Dispose() => project.Dispose();

    [Fact]
    public void The_sample_film_is_ready_for_release()
    {
        var loaded = new FilmLoader(new MediaInspector()).Load(RepositoryFiles.PathOf("samples", "legacy"));
        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics));

        Assert.Empty(ProjectCheck.Run(loaded.Film!, RepositoryFiles.PathOf("templates"), p => p, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void A_clean_small_project_has_nothing_to_report()
    {
        Write("film.yaml", BaseYaml + "\npromo: { key_art: b, stills: [b, a] }\npublish: { youtube: { privacy: unlisted } }\n");

        Assert.Empty(Check());
    }

    [Fact]
    public void Problems_of_every_section_come_back_together_sorted_by_file_then_line()
    {
        Write("film.yaml", BaseYaml + """

            promo:
              stills: [a, z]
            publish:
              youtube: { privacy: secret }
            """);
        Write("press/highlights.md", "# Highlights\n\n![A still](nowhere.png)\n");
        Write("promo/text/youtube-title.liquid", "{{ title | shout }}\n");
        Write("promo/templates/card.yaml", "platform: youtube-thumbnail\nlayers:\n  - fill: \"#zzz\"\n");

        var problems = Check();

        Assert.Equal(
            [
                "film.yaml:14:15",
                "film.yaml:16:23",
                "press/highlights.md:3:1",
                "promo/templates/card.yaml:3:11",
                "promo/text/youtube-title.liquid:1:12",
            ],
            problems.Select(p => p.Location.ToString()));
        Assert.Contains("stills names shot 'z'", problems[0].Message);
        Assert.Contains("'secret' is not one of private, unlisted, public", problems[1].Message);
        Assert.Contains("'nowhere.png' not found", problems[2].Message);
        Assert.Contains("unknown filter 'shout'", problems[4].Message);
    }

    [Fact]
    public void A_promo_setting_both_the_campaign_and_the_press_kit_read_is_reported_once()
    {
        Write("film.yaml", BaseYaml + "\npromo: { key_art: c }\n");

        var problem = Assert.Single(Check());

        Assert.Equal("film.yaml:13:19: promo: key_art names shot 'c', which the film does not have; did you mean 'a'?", problem.ToString());
    }

    [Fact]
    public void Without_a_timeline_the_planning_problems_come_with_the_settings_problems()
    {
        // A transition longer than its shot: the film loads but cannot be planned, so templates and documents wait.
        Write("film.yaml", BaseYaml.Replace("        duration: 2\n      - id: b", "        duration: 2\n        transition: { type: crossfade, duration: 3 }\n      - id: b", StringComparison.Ordinal)
            + "\npromo: { colour: red }\n");
        Write("press/highlights.md", "![A still](nowhere.png)\n");

        var problems = Check();

        // The planner names film.yaml by its full path; the check shows it the way every other problem is shown.
        Assert.All(problems, p => Assert.Equal("film.yaml", p.Location.File));
        Assert.Contains(problems, p => p.ToString().StartsWith("film.yaml:7:9: shot 'a': transition 'crossfade' (3 s)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message == "promo: unknown key 'colour'");
    }

    [Fact]
    public async Task Voices_that_speak_are_checked_by_their_engines_each_problem_at_its_setting()
    {
        Write("film.yaml", """
            schema: 1
            title: "Voices"
            cards: { opening: false, acts: false, credits: false }
            voices:
              narrator:
                engine: espeak
                settings: { voice: xx-nowhere, speed: "5" }
              unused:
                engine: espeak
                settings: { speed: "5" }
            acts:
              - title: One
                shots:
                  - id: a
                    image: images/a.png
                    duration: 2
                    narration: "Spoken by a voice espeak-ng does not have."
            """);
        var film = Load();
        using var speech = new SpeechServices(film.Project, progress: null);

        var problems = await ProjectCheck.RunAsync(film, TimelinePlanner.Plan(film).Timeline!, speech, RepositoryFiles.PathOf("templates"), p => p, DateTimeOffset.UtcNow, CancellationToken.None);

        // Both problems of the voice that speaks, at their values; the unused voice's bad speed cannot fail a render.
        Assert.Equal(["film.yaml:7:24", "film.yaml:7:43"], problems.Select(p => p.Location.ToString()));
        Assert.StartsWith("voice 'narrator': espeak-ng has no voice 'xx-nowhere'", problems[0].Message, StringComparison.Ordinal);
        Assert.Equal("voice 'narrator' setting 'speed' is '5'; it must be a whole number from 80 to 450", problems[1].Message);
    }

    private IReadOnlyList<Diagnostic> Check() => ProjectCheck.Run(Load(), RepositoryFiles.PathOf("templates"), p => Path.GetRelativePath(project.Path, p), DateTimeOffset.UtcNow);

    private Film Load()
    {
        var loaded = new FilmLoader(new MediaInspector()).Load(project.Path, FilmLoader.FileName);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics));
        return loaded.Film!;
    }

    private void Write(string relativePath, string text)
    {
        var path = project.File(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void WriteStill(string relativePath, SKColor colour)
    {
        var path = project.File(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var bitmap = new SKBitmap(160, 90);
        bitmap.Erase(colour);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, png.ToArray());
    }
}
