using LegacyPress.Core.Loading;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Media;

namespace LegacyPress.Cli.Tests.Corpus;

/// <summary>
/// The invalid-projects corpus: every folder of tests/data/invalid is a broken film project and its
/// expected.txt the exact diagnostics, so a change of wording or location is a visible diff.
/// </summary>
public sealed class InvalidProjectTests
{
    [Fact]
    public void Corpus_has_at_least_45_cases_each_with_a_film_and_expected_lines()
    {
        var names = CorpusProject.Names;
        Assert.True(names.Count >= 45, $"only {names.Count} cases");
        foreach (var name in names)
        {
            var dir = Path.Combine(CorpusProject.CorpusDirectory, name);
            Assert.True(File.Exists(Path.Combine(dir, "film.yaml")), $"{name} has no film.yaml");
            Assert.True(File.ReadAllLines(Path.Combine(dir, "expected.txt")).Any(l => l.StartsWith("film.yaml:", StringComparison.Ordinal)), $"{name} expects nothing");
        }
    }

    [Theory]
    [MemberData(nameof(CorpusProject.All), MemberType = typeof(CorpusProject))]
    public void Loader_and_planner_report_exactly_the_expected_diagnostics(string name)
    {
        using var project = CorpusProject.Open(name);

        var actual = Diagnose(project.Directory);

        Assert.Equal(project.Expected, actual);
    }

    [Theory]
    [MemberData(nameof(CorpusProject.All), MemberType = typeof(CorpusProject))]
    public async Task Check_command_fails_with_the_expected_lines_and_no_stack_trace(string name)
    {
        using var project = CorpusProject.Open(name);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["check", project.Directory], stdout, stderr, CancellationToken.None);

        var output = stdout + stderr.ToString();
        Assert.Equal(ExitCodes.Failed, exit);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        // The CLI names the file relative to the working folder (here: absolute, the copy is in temp).
        var shown = ProjectOpener.DisplayPath(Path.Combine(project.Directory, FilmLoader.FileName));
        var lines = stderr.ToString().Split('\n', StringSplitOptions.TrimEntries);
        foreach (var expected in project.Expected)
        {
            var tail = expected["film.yaml:".Length..];
            Assert.Contains($"{shown}:{tail}", lines);
        }
        var count = project.Expected.Count;
        Assert.Contains($"{count} problem{(count == 1 ? "" : "s")} found.", lines);
    }

    /// <summary>What <c>legacypress check</c> runs, with the file shown as <c>film.yaml</c>.</summary>
    private static List<string> Diagnose(string directory)
    {
        var loaded = new FilmLoader(new MediaInspector()).Load(directory, FilmLoader.FileName);
        if (!loaded.Ok)
        {
            return loaded.Diagnostics.Select(d => d.ToString()).ToList();
        }
        var planned = TimelinePlanner.Plan(loaded.Film!);
        return planned.Diagnostics.Select(d => (d with { Location = d.Location with { File = FilmLoader.FileName } }).ToString()).ToList();
    }
}
