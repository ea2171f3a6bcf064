using System.Diagnostics;
using LegacyPress.Cli.Tests.Support;

namespace LegacyPress.Cli.Tests.Faults;

/// <summary>Output paths the file system cannot take (a folder where the file goes, a file where the folder goes), and what killed runs leave.</summary>
public sealed class OutputPathTests : IDisposable
{
    private readonly FaultProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task A_folder_where_the_film_goes_fails_naming_it_before_rendering()
    {
        var film = Path.Combine(project.Out, "film-preview.mp4");
        Directory.CreateDirectory(Path.Combine(film, "keep"));

        var (exit, _, error) = await CliRun.Run("render", project.Folder, "--out", project.Out, "--preset", "preview", "--silent");

        Assert.True(exit == 1, $"exit {exit}: {error}");
        Assert.Contains($"a folder is in the way while writing {film}", error);
        DiskFullTests.AssertNoTrace(error);
        Assert.True(Directory.Exists(Path.Combine(film, "keep")));
        Assert.Empty(FaultProject.Partials(project.Out));
    }

    [Theory]
    [InlineData("render", "--preset", "preview", "--silent")]
    [InlineData("mix")]
    [InlineData("presskit")]
    [InlineData("promo", "--only", "youtube-thumbnail")]
    public async Task An_output_folder_that_is_a_file_fails_naming_it(string command, params string[] options)
    {
        var blocker = Path.Combine(project.Folder, "not-a-folder");
        File.WriteAllText(blocker, "a file\n");
        var output = Path.Combine(blocker, "out");

        var (exit, _, error) = await CliRun.Run([command, project.Folder, "--out", output, .. options]);

        Assert.True(exit == 1, $"exit {exit}: {error}");
        Assert.Contains($"{blocker} is a file, not a folder", error);
        DiskFullTests.AssertNoTrace(error);
        Assert.Equal("a file\n", File.ReadAllText(blocker));
    }

    [Fact]
    public async Task A_run_removes_what_killed_runs_left_and_nothing_else()
    {
        Directory.CreateDirectory(project.Out);
        var dead = DeadProcessId();
        var leftovers = new[]
        {
            Path.Combine(project.Out, $"film-preview.mp4.partial-{dead}-0123abcd.mp4"),
            // The name before process ids were part of it.
            Path.Combine(project.Out, "film-preview.mp4.partial-89abcdef.mp4"),
        };
        var pieces = Path.Combine(project.Folder, ".legacypress", "cache", "segments");
        Directory.CreateDirectory(pieces);
        var piece = Path.Combine(pieces, $"preview-0123456789abcdef01234567.mp4.partial-{dead}-0123abcd.mp4");
        var list = Path.Combine(pieces, $"preview-join.txt.partial-{dead}-0123abcd.txt");
        var ours = new[]
        {
            // A run still going (this process) keeps its file; names not of our form are not ours to touch.
            Path.Combine(project.Out, $"film-preview.mp4.partial-{Environment.ProcessId}-0123abcd.mp4"),
            Path.Combine(project.Out, "notes.partial-draft.txt"),
            Path.Combine(project.Out, "film.mp4.partial-89abcdef.mp4.bak"),
        };
        foreach (var file in leftovers.Concat(ours).Append(piece).Append(list))
        {
            File.WriteAllText(file, "half a film");
        }

        var (exit, _, error) = await CliRun.Run("render", project.Folder, "--out", project.Out, "--preset", "preview", "--silent");

        Assert.True(exit == 0, error);
        Assert.All(leftovers.Append(piece).Append(list), f => Assert.False(File.Exists(f), f));
        Assert.All(ours, f => Assert.True(File.Exists(f), f));
    }

    /// <summary>The id of a process that has exited: what a killed run's temporary names carry.</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }
}
