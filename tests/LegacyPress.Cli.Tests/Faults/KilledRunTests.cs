using System.Diagnostics;
using LegacyPress.Cli.Tests.Support;
using LegacyPress.Core.Files;
using LegacyPress.Core.Loading;
using LegacyPress.TestSupport;

namespace LegacyPress.Cli.Tests.Faults;

/// <summary>
/// A render really killed mid-way (SIGKILL, nothing gets to clean up) leaves its temporary files in the output folder
/// and the project's cache; the next run removes every one of them and nothing of the user's.
/// </summary>
public sealed class KilledRunTests : IDisposable
{
    private readonly FaultProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task What_a_killed_render_leaves_is_removed_by_the_next_run_and_the_users_files_are_kept()
    {
        // Long enough (40 s of film) that the render is surely still encoding when it is killed.
        var yaml = Path.Combine(project.Folder, "film.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("duration: 1.5", "duration: 20", StringComparison.Ordinal).Replace("duration: 1\n", "duration: 20\n", StringComparison.Ordinal));
        var cache = Path.Combine(project.Folder, ProjectPaths.StateFolder, "cache");
        string[] render = ["render", project.Folder, "--out", project.Out, "--preset", "preview", "--silent"];

        var killed = await KillWhileWritingAsync(render, [project.Out, cache]);

        Assert.NotEmpty(killed);
        var usersFiles = new[]
        {
            Path.Combine(project.Out, "notes.partial-draft.txt"),
            Path.Combine(project.Out, "film-preview.mp4.bak"),
            Path.Combine(cache, "segments", "README.txt"),
        };
        foreach (var file in usersFiles)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, "the user's");
        }

        var (exit, _, error) = await CliRun.Run(render);

        Assert.True(exit == 0, error);
        Assert.All(killed, f => Assert.False(File.Exists(f), $"{f} was left"));
        Assert.Empty(Partials(project.Out).Concat(Partials(cache)).Except(usersFiles));
        Assert.All(usersFiles, f => Assert.Equal("the user's", File.ReadAllText(f)));
    }

    /// <summary>
    /// Starts the real CLI and kills it (and its ffmpeg) outright while it encodes a film piece into one of
    /// <paramref name="folders"/>; returns every temporary file it left.
    /// </summary>
    private static async Task<List<string>> KillWhileWritingAsync(string[] arguments, string[] folders)
    {
        using var cli = CliProcess.Start(arguments);
        // Drained as it goes, so a full pipe never holds the render up; read only when it says why it stopped.
        var error = cli.StandardError.ReadToEndAsync();
        _ = cli.StandardOutput.ReadToEndAsync();
        // A piece's MP4 is written for seconds; smaller files come and go within milliseconds.
        var marker = $".mp4{TemporaryFiles.Marker}{cli.Id}-";
        var clock = Stopwatch.StartNew();
        while (!cli.HasExited && !folders.SelectMany(Partials).Any(f => Path.GetFileName(f).Contains(marker, StringComparison.Ordinal)))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), "the render wrote no temporary file in two minutes");
            await Task.Delay(10);
        }
        cli.Kill(entireProcessTree: true);
        await cli.WaitForExitAsync();
        Assert.True(cli.ExitCode != 0, $"the render finished before it could be killed: {await error}");
        return folders.SelectMany(Partials).ToList();
    }

    private static IEnumerable<string> Partials(string folder) =>
        Directory.Exists(folder) ? FaultProject.Partials(folder) : [];
}
