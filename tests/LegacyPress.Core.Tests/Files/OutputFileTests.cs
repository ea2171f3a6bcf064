using System.Text;
using LegacyPress.Core.Files;

namespace LegacyPress.Core.Tests.Files;

public sealed class OutputFileTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "legacypress-core-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string[] Names() => Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void The_temporary_file_sits_beside_the_final_one_marked_partial_with_the_real_extension_last()
    {
        using var output = new OutputFile(Path.Combine(folder, "film.mp4"));

        Assert.Equal(folder, Path.GetDirectoryName(output.TemporaryPath));
        Assert.StartsWith("film.mp4.partial-", Path.GetFileName(output.TemporaryPath), StringComparison.Ordinal);
        Assert.Equal(".mp4", Path.GetExtension(output.TemporaryPath));
        Assert.True(Directory.Exists(folder), "the folder is created, so a tool can write the temporary file at once");
    }

    [Fact]
    public void Writing_text_replaces_the_file_as_utf8_without_a_byte_order_mark_and_leaves_nothing_else()
    {
        var path = Path.Combine(folder, "captions.srt");
        OutputFile.WriteAllText(path, "old");

        OutputFile.WriteAllText(path, "né");

        Assert.Equal(Encoding.UTF8.GetBytes("né"), File.ReadAllBytes(path));
        Assert.Equal(["captions.srt"], Names());
    }

    [Fact]
    public void Writing_bytes_replaces_the_file()
    {
        var path = Path.Combine(folder, "poster.jpg");
        OutputFile.WriteAllBytes(path, [1, 2, 3]);

        OutputFile.WriteAllBytes(path, [4, 5]);

        Assert.Equal([4, 5], File.ReadAllBytes(path));
        Assert.Equal(["poster.jpg"], Names());
    }

    [Fact]
    public void A_write_that_fails_before_commit_leaves_the_previous_file_and_no_partial_one()
    {
        var path = Path.Combine(folder, "ledger.json");
        OutputFile.WriteAllText(path, "previous");

        void WriteHalfThenFail()
        {
            using var output = new OutputFile(path);
            using (var stream = output.Create())
            {
                stream.Write("half a ledg"u8);
            }
            throw new InvalidOperationException("the disk is full");
        }

        Assert.Throws<InvalidOperationException>(WriteHalfThenFail);

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(["ledger.json"], Names());
    }

    [Fact]
    public void A_disk_that_refuses_the_bytes_fails_naming_the_final_file_and_keeps_the_previous_one()
    {
        var path = Path.Combine(folder, "presskit.pdf");
        OutputFile.WriteAllText(path, "previous");
        // The temporary file is made where it belongs; its bytes go to /dev/full, which refuses them as a full disk does (ENOSPC).
        OutputStreamFactory fullDisk = (temporary, options) =>
        {
            new FileStream(temporary, options).Dispose();
            return new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
        };

        var failure = Assert.Throws<OutputWriteException>(() => OutputFile.WriteAllBytes(path, new byte[100_000], streams: fullDisk));

        Assert.Equal($"no space left on device while writing {path}", failure.Message);
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(["presskit.pdf"], Names());
    }

    [Fact]
    public void A_file_another_program_wrote_to_the_temporary_path_is_committed()
    {
        var path = Path.Combine(folder, "speech.wav");
        using var output = new OutputFile(path);
        File.WriteAllBytes(output.TemporaryPath, [82, 73, 70, 70]);

        output.Commit();

        Assert.Equal([82, 73, 70, 70], File.ReadAllBytes(path));
        Assert.False(File.Exists(output.TemporaryPath));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_private_file_is_readable_only_by_its_user_from_its_first_byte()
    {
        var path = Path.Combine(folder, "token.json");
        using var output = new OutputFile(path, privateToUser: true);
        using (var stream = output.Create())
        {
            // Checked before anything is written: the secret must never sit in a file others can read.
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(output.TemporaryPath));
            stream.Write("{}"u8);
        }
        output.Commit();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Writing_private_text_replaces_a_file_others_could_read_with_a_private_one()
    {
        var path = Path.Combine(folder, "token.json");
        OutputFile.WriteAllText(path, "{}");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        OutputFile.WriteAllText(path, "{\"refresh_token\":\"x\"}", privateToUser: true);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }
}
