using System.Diagnostics;
using System.Text.Json;
using LegacyPress.Cli.Tests.Support;
using LegacyPress.Core.Loading;
using LegacyPress.Release.Scaffolding;
using LegacyPress.Render.Media;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Cli.Tests;

/// <summary><c>legacypress new</c> end to end: each way of starting a project gives one that checks and renders a preview as it is.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Project => temp.File("film");

    /// <summary>check passes and a two-second preview renders to a video ffprobe reads.</summary>
    private async Task AssertChecksAndRenders(string project, bool silent = false)
    {
        var check = await CliRun.Run("check", project);
        Assert.True(check.Exit == 0, check.Out + check.Error);

        var output = temp.File("out-" + Path.GetFileName(project));
        var render = await CliRun.Run(PreviewRender.Arguments(project, output, silent));
        Assert.True(render.Exit == 0, render.Error);
        PreviewRender.AssertVideo(output);
    }

    /// <summary>The schema copy film.yaml's first line and VS Code's settings point at, and a .gitignore that ignores the cache but not the schema.</summary>
    private static void AssertEditorSupport(string project)
    {
        var firstLine = File.ReadLines(Path.Combine(project, "film.yaml")).First();
        Assert.Equal("# yaml-language-server: $schema=./film.schema.json", firstLine);
        // The modeline's path is relative to film.yaml; VS Code's is relative to the folder opened, the project.
        var schema = Path.GetFullPath(Path.Combine(project, firstLine.Split("$schema=")[1]));
        Assert.Equal(File.ReadAllBytes(BundledFiles.Schema), File.ReadAllBytes(schema));
        using (var parsed = JsonDocument.Parse(File.ReadAllText(schema)))
        {
            Assert.Equal("LegacyPress film.yaml", parsed.RootElement.GetProperty("title").GetString());
        }

        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(project, ".vscode", "settings.json")));
        var mapping = settings.RootElement.GetProperty("yaml.schemas").EnumerateObject().Single();
        Assert.Equal(schema, Path.GetFullPath(Path.Combine(project, mapping.Name)));
        Assert.Equal(["/film.yaml"], mapping.Value.EnumerateArray().Select(v => v.GetString()));

        Assert.Equal([".legacypress/cache/speech/a.wav", "artifacts/film.mp4"], Ignored(project, ".legacypress/cache/speech/a.wav", "artifacts/film.mp4", "film.schema.json", "film.yaml", ".vscode/settings.json"));
    }

    /// <summary>Which of the paths git would ignore in the project, asked of git itself.</summary>
    private static List<string> Ignored(string project, params string[] paths)
    {
        Git(project, "init", "-q");
        return paths.Where(path => Git(project, "check-ignore", "-q", "--no-index", path) == 0).ToList();
    }

    private static int Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var git = Process.Start(start)!;
        git.StandardOutput.ReadToEnd();
        git.StandardError.ReadToEnd();
        git.WaitForExit();
        return git.ExitCode;
    }

    [Fact]
    public async Task New_without_a_choice_starts_an_empty_film_with_a_placeholder_shot_that_checks_and_renders()
    {
        var (exit, stdout, stderr) = await CliRun.Run("new", Project);

        Assert.True(exit == 0, stderr);
        Assert.Contains("placeholder", stdout);
        Assert.Equal(
            [".gitignore", ".vscode/settings.json", "film.schema.json", "film.yaml", EmptyStarter.PlaceholderImage],
            Directory.GetFiles(Project, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Project, f)).Order(StringComparer.Ordinal));
        using (var placeholder = SKBitmap.Decode(Path.Combine(Project, EmptyStarter.PlaceholderImage)))
        {
            Assert.Equal((1920, 1080), (placeholder.Width, placeholder.Height));
        }
        var yaml = File.ReadAllText(Path.Combine(Project, "film.yaml"));
        Assert.Contains("title: \"Film\"", yaml);
        Assert.Contains("# narration:", yaml);
        AssertEditorSupport(Project);
        await AssertChecksAndRenders(Project);
    }

    [Fact]
    public async Task Empty_is_the_default_choice()
    {
        var chosen = Path.Combine(temp.File("chosen"), "film");

        Assert.Equal(0, (await CliRun.Run("new", Project)).Exit);
        Assert.Equal(0, (await CliRun.Run("new", chosen, "--empty")).Exit);

        Assert.Equal(File.ReadAllText(Path.Combine(Project, "film.yaml")), File.ReadAllText(Path.Combine(chosen, "film.yaml")));
    }

    [Fact]
    public async Task From_images_makes_one_shot_per_still_in_natural_order_copied_in_with_its_subject_as_focus()
    {
        var stills = temp.File("stills");
        CliRun.WriteStill(Path.Combine(stills, "Shot 10.png"), SKColors.DarkSlateBlue, disc: (0.75, 0.3));
        CliRun.WriteStill(Path.Combine(stills, "shot 2.png"), SKColors.DarkOrange, disc: (0.25, 0.7));
        CliRun.WriteStill(Path.Combine(stills, "shot 1.png"), SKColors.SeaGreen);
        File.WriteAllText(Path.Combine(stills, ".DS_Store"), "a desktop's leftovers are not stills");

        var (exit, stdout, stderr) = await CliRun.Run("new", Project, "--from-images", stills);

        Assert.True(exit == 0, stderr);
        Assert.Contains("3 shots", stdout);
        var film = new FilmLoader(new MediaInspector()).Load(Project).Film!;
        Assert.Equal(["shot-1", "shot-2", "shot-10"], film.Shots.Select(s => s.Id));
        Assert.Equal(["images/shot 1.png", "images/shot 2.png", "images/Shot 10.png"], film.Shots.Select(s => s.ImagePath));
        Assert.Equal(File.ReadAllBytes(Path.Combine(stills, "Shot 10.png")), File.ReadAllBytes(Path.Combine(Project, "images", "Shot 10.png")));
        var focus = film.Shots.Select(s => s.Focus).ToList();
        Assert.Equal((0.5, 0.5), (focus[0].X, focus[0].Y));
        Assert.True(Math.Abs(focus[1].X - 0.25) < 0.05 && Math.Abs(focus[1].Y - 0.7) < 0.05, $"shot 2's focus is {focus[1]}");
        Assert.True(Math.Abs(focus[2].X - 0.75) < 0.05 && Math.Abs(focus[2].Y - 0.3) < 0.05, $"shot 10's focus is {focus[2]}");
        Assert.All(film.Shots, s => Assert.Equal(Core.Model.MotionPreset.Auto, Assert.IsType<Core.Model.MotionSpec.Preset>(s.Motion).Kind));
        Assert.Equal("Film", film.Metadata.Title);
        AssertEditorSupport(Project);
        await AssertChecksAndRenders(Project);
    }

    [Fact]
    public async Task From_images_refuses_every_file_film_yaml_could_not_use_at_once_and_writes_nothing()
    {
        var stills = temp.File("stills");
        CliRun.WriteStill(Path.Combine(stills, "good.png"), SKColors.SteelBlue);
        File.WriteAllText(Path.Combine(stills, "notes.txt"), "shot list");
        File.WriteAllText(Path.Combine(stills, "broken.jpg"), "not a JPEG at all");
        PngFiles.WriteHeaderOnly(Path.Combine(stills, "huge.png"), 20_000, 20_000);
        CliRun.WriteStill(Path.Combine(stills, "tiny.png"), SKColors.Red, 8, 8);

        var (exit, _, stderr) = await CliRun.Run("new", Project, "--from-images", stills);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("'" + Path.Combine(stills, "notes.txt") + "' is not a still LegacyPress reads (use .jpg, .jpeg, .png, .webp)", stderr);
        Assert.Contains("broken.jpg' cannot be used: is not a PNG, JPEG or WebP picture", stderr);
        Assert.Contains("huge.png' cannot be used: is too large: it is 20000x20000 pixels; an image may be at most 16384 pixels", stderr);
        Assert.Contains("tiny.png' cannot be used: is only 8x8 pixels", stderr);
        Assert.Contains("4 problems found", stderr);
        Assert.DoesNotContain("good.png", stderr);
        Assert.False(Directory.Exists(Project), "nothing is written when a still is refused");
    }

    [Fact]
    public async Task From_images_of_a_folder_without_stills_is_refused()
    {
        var (exit, _, stderr) = await CliRun.Run("new", Project, "--from-images", temp.File("nowhere"));

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("is not a folder of stills", stderr);
    }

    [Fact]
    public async Task Sample_copies_the_sample_film_with_its_schema_line_pointing_at_the_local_copy()
    {
        var (exit, stdout, stderr) = await CliRun.Run("new", Project, "--sample");

        Assert.True(exit == 0, stderr);
        Assert.Contains("Legacy: Journey Between Worlds", stdout);
        var sampleYaml = File.ReadAllLines(Path.Combine(BundledFiles.SampleProject, "film.yaml"));
        var copiedYaml = File.ReadAllLines(Path.Combine(Project, "film.yaml"));
        Assert.StartsWith("# yaml-language-server: $schema=../../docs/", sampleYaml[0], StringComparison.Ordinal);
        Assert.Equal(sampleYaml[1..], copiedYaml[1..]);
        Assert.Equal(File.ReadAllBytes(Path.Combine(BundledFiles.SampleProject, "images", "portal.jpg")), File.ReadAllBytes(Path.Combine(Project, "images", "portal.jpg")));
        Assert.False(Directory.Exists(Path.Combine(Project, ".legacypress")));
        AssertEditorSupport(Project);
        // Silent: speaking the sample's 14 lines takes minutes and proves nothing about the copy.
        await AssertChecksAndRenders(Project, silent: true);
    }

    [Fact]
    public async Task New_into_a_folder_that_is_not_empty_is_refused()
    {
        Directory.CreateDirectory(Project);
        File.WriteAllText(Path.Combine(Project, "notes.md"), "mine");

        var (exit, _, stderr) = await CliRun.Run("new", Project);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("already exists and is not empty", stderr);
        Assert.Equal(["notes.md"], Directory.GetFiles(Project).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Two_ways_of_starting_at_once_are_refused()
    {
        var (exit, _, stderr) = await CliRun.Run("new", Project, "--sample", "--empty");

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("choose one of --empty, --from-images DIR and --sample", stderr);
        Assert.False(Directory.Exists(Project));
    }
}
