namespace LegacyPress.Core.Files;

/// <summary>
/// A file written under a temporary name beside its final path, flushed to disk and moved into place only on
/// success, so a failed, interrupted or crashed run leaves the previous version untouched. The one way LegacyPress
/// writes a file another step or a later run reads.
/// </summary>
public sealed class OutputFile : IDisposable
{
    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly bool privateToUser;
    private bool committed;

    /// <param name="finalPath">Where the file ends up; its folder is created.</param>
    /// <param name="privateToUser">
    /// Create the temporary file readable and writable by the user only (0600), for secrets such as OAuth tokens.
    /// Only <see cref="Create"/> (and the whole-file helpers) honour it: the mode must be set when the file is made.
    /// </param>
    public OutputFile(string finalPath, bool privateToUser = false)
    {
        FinalPath = Path.GetFullPath(finalPath);
        var folder = Path.GetDirectoryName(FinalPath)!;
        Directory.CreateDirectory(folder);
        var name = Path.GetFileName(FinalPath);
        // Same folder, so the final move is a rename; the real extension last, so tools still know the format.
        // ".partial-" is what release listings skip (ReleaseManifestWriter, ReleaseShortcuts).
        var suffix = Guid.NewGuid().ToString("N")[..8];
        TemporaryPath = Path.Combine(folder, $"{name}.partial-{suffix}{Path.GetExtension(FinalPath)}");
        this.privateToUser = privateToUser;
    }

    public string FinalPath { get; }

    /// <summary>Where to write until <see cref="Commit"/>: pass it to a tool, or open it with <see cref="Create"/>.</summary>
    public string TemporaryPath { get; }

    /// <summary>Writes a whole small file (captions, JSON, text) as UTF-8 so readers only ever see the old or the new one.</summary>
    public static void WriteAllText(string path, string text, bool privateToUser = false) =>
        WriteAllBytes(path, Utf8NoBom.GetBytes(text), privateToUser);

    /// <inheritdoc cref="WriteAllText"/>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, bool privateToUser = false)
    {
        using var output = new OutputFile(path, privateToUser);
        using (var stream = output.Create())
        {
            stream.Write(bytes);
        }
        output.Commit();
    }

    /// <summary>Creates the temporary file (it must not exist yet) for writing, private to the user when asked.</summary>
    public FileStream Create(bool asynchronous = false)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            Options = asynchronous ? FileOptions.Asynchronous : FileOptions.None,
        };
        if (privateToUser && !OperatingSystem.IsWindows())
        {
            // Set at creation, so the secret is never readable by others even for an instant.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        return new FileStream(TemporaryPath, options);
    }

    /// <summary>Flushes the finished temporary file to disk, then replaces the final file with it.</summary>
    public void Commit()
    {
        // Without the flush a crash soon after the rename can leave the final name pointing at an empty file:
        // the rename may reach the disk before the data does. Any handle's flush covers the whole file, so this
        // also holds for what ffmpeg or espeak-ng wrote.
        using (var written = new FileStream(TemporaryPath, FileMode.Open, FileAccess.Write, FileShare.Read))
        {
            written.Flush(flushToDisk: true);
        }
        File.Move(TemporaryPath, FinalPath, overwrite: true);
        committed = true;
    }

    /// <summary>Deletes the temporary file unless it was committed: a failure leaves nothing behind.</summary>
    public void Dispose()
    {
        if (!committed)
        {
            try
            {
                File.Delete(TemporaryPath);
            }
            catch (IOException)
            {
                // Best effort: a stray partial file is harmless and clearly named.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
