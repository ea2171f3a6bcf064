using LegacyPress.Core.Files;

namespace LegacyPress.Core.Tests.Files;

/// <summary>Leftover temporary files: this machine's are judged by their process, another machine's (shared storage) by their age.</summary>
public sealed class TemporaryFilesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("legacypress-temporary-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_temporary_name_carries_this_process_and_this_machine()
    {
        var name = Path.GetFileName(TemporaryFiles.For(Path.Combine(folder, "piece.mp4")));

        Assert.Matches($@"^piece\.mp4\.partial-{Environment.ProcessId}-[0-9a-f]{{6}}-[0-9a-f]{{8}}\.mp4$", name);
    }

    [Fact]
    public void Another_machines_file_is_kept_while_it_is_being_written_and_cleaned_once_it_has_gone_quiet()
    {
        // Process 1 is alive here; on the other machine it means nothing, so only the file's age can tell.
        var writing = Path.Combine(folder, "a.mp4.partial-1-abcdef-0123abcd.mp4");
        var quiet = Path.Combine(folder, "b.mp4.partial-1-abcdef-4567abcd.mp4");
        File.WriteAllText(writing, "x");
        File.WriteAllText(quiet, "x");
        File.SetLastWriteTimeUtc(quiet, DateTime.UtcNow.AddHours(-3));
        var ownDead = Path.GetFileName(TemporaryFiles.For(Path.Combine(folder, "c.mp4"))).Replace($"-{Environment.ProcessId}-", "-999999999-", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, ownDead), "x");

        var removed = TemporaryFiles.CleanLeftovers(folder);

        Assert.Equal(2, removed);
        Assert.Equal([writing], Directory.GetFiles(folder));
    }
}
