using LegacyPress.Cli.Tests.Support;

namespace LegacyPress.Cli.Tests.Faults;

/// <summary>
/// Each command that makes something, run again onto a real full disk (a small tmpfs filled to the last byte): it must
/// fail with exit code 1 and say which file and why, and the previous artifact must be byte for byte what it was.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly FaultProject project = new();

    public void Dispose() => project.Dispose();

    [SmallDiskTheory]
    [InlineData("render", "film-preview.mp4", new[] { "--preset", "preview", "--silent" })]
    // A range is encoded straight into the output folder; the whole film is joined there from cached pieces.
    [InlineData("render", "film-preview-0.5-1.5.mp4", new[] { "--preset", "preview", "--from", "0.5", "--to", "1.5" })]
    [InlineData("mix", "film.wav", new string[0])]
    [InlineData("promo", "promo/youtube-thumbnail.jpg", new[] { "--only", "youtube-thumbnail", "one-sheet" })]
    [InlineData("presskit", "presskit.pdf", new string[0])]
    public async Task A_full_disk_fails_naming_the_file_and_keeps_the_previous_one(string command, string artifact, string[] options)
    {
        using var disk = SmallDisk.Mount(project.Out, megabytes: 48);
        string[] args = [command, project.Folder, "--out", project.Out, .. options];
        var first = await CliRun.Run(args);
        Assert.True(first.Exit == 0, first.Error);
        var path = Path.Combine(project.Out, artifact);
        var before = FaultProject.Sha256(path);

        disk.Fill();
        var (exit, _, error) = await CliRun.Run(args);

        Assert.True(exit == 1, $"exit {exit}: {error}");
        Assert.Contains($"no space left on device while writing {path}", error);
        AssertNoTrace(error);
        Assert.Equal(before, FaultProject.Sha256(path));
        Assert.Empty(FaultProject.Partials(project.Out));
    }

    [SmallDiskFact]
    public async Task A_read_only_output_folder_fails_naming_the_file_and_keeps_the_previous_film()
    {
        using var disk = SmallDisk.Mount(project.Out, megabytes: 16);
        string[] args = ["render", project.Folder, "--out", project.Out, "--preset", "preview", "--silent"];
        Assert.Equal(0, (await CliRun.Run(args)).Exit);
        var film = Path.Combine(project.Out, "film-preview.mp4");
        var before = FaultProject.Sha256(film);

        // Root ignores permission bits, so a read-only mount is the honest test of a folder that cannot be written.
        disk.MakeReadOnly();
        var (exit, _, error) = await CliRun.Run(args);

        Assert.True(exit == 1, $"exit {exit}: {error}");
        Assert.Contains($"the file system is read-only while writing {film}", error);
        AssertNoTrace(error);
        Assert.Equal(before, FaultProject.Sha256(film));
    }

    internal static void AssertNoTrace(string error)
    {
        Assert.DoesNotContain("internal error", error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception", error);
    }
}
