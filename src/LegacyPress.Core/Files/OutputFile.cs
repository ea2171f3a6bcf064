namespace LegacyPress.Core.Files;

/// <summary>
/// A file written under a temporary name beside its final path, flushed to disk and moved into place only on
/// success, so a failed, interrupted or crashed run leaves the previous version untouched. The one way LegacyPress
/// writes a file another step or a later run reads. Every file-system failure on the way (a full disk, a read-only
/// folder, a folder in the way) is an <see cref="OutputWriteException"/> naming the final path.
/// </summary>
public sealed class OutputFile : IDisposable
{
    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly bool privateToUser;
    private readonly OutputStreamFactory streams;
    private bool committed;

    /// <param name="finalPath">Where the file ends up; its folder is created, and temporary files a killed run left for it are removed.</param>
    /// <param name="privateToUser">
    /// Create the temporary file readable and writable by the user only (0600), for secrets such as OAuth tokens.
    /// Only <see cref="Create"/> (and the whole-file helpers) honour it: the mode must be set when the file is made.
    /// </param>
    /// <param name="streams">What opens the temporary file for <see cref="Create"/>; <see cref="OnDisk"/> when null.</param>
    /// <exception cref="OutputWriteException">The folder cannot be made, or a folder stands where the file should go.</exception>
    public OutputFile(string finalPath, bool privateToUser = false, OutputStreamFactory? streams = null)
    {
        FinalPath = Path.GetFullPath(finalPath);
        var folder = Path.GetDirectoryName(FinalPath)!;
        PrepareFolder(folder);
        if (Directory.Exists(FinalPath))
        {
            // Found now rather than at the rename, after the work of making the file.
            throw new OutputWriteException(FinalPath, "a folder is in the way");
        }
        TemporaryFiles.CleanLeftovers(folder, Path.GetFileName(FinalPath));
        // Same folder, so the final move is a rename.
        TemporaryPath = TemporaryFiles.For(FinalPath);
        this.privateToUser = privateToUser;
        this.streams = streams ?? OnDisk;
    }

    /// <summary>The file system itself: what every run writes through.</summary>
    public static OutputStreamFactory OnDisk { get; } = (path, options) => new FileStream(path, options);

    public string FinalPath { get; }

    /// <summary>Where to write until <see cref="Commit"/>: pass it to a tool, or open it with <see cref="Create"/>.</summary>
    public string TemporaryPath { get; }

    /// <summary>Writes a whole small file (captions, JSON, text) as UTF-8 so readers only ever see the old or the new one.</summary>
    /// <exception cref="OutputWriteException">The file system refused or ran out of room; the old file is untouched.</exception>
    public static void WriteAllText(string path, string text, bool privateToUser = false, OutputStreamFactory? streams = null) =>
        WriteAllBytes(path, Utf8NoBom.GetBytes(text), privateToUser, streams);

    /// <inheritdoc cref="WriteAllText"/>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, bool privateToUser = false, OutputStreamFactory? streams = null)
    {
        using var output = new OutputFile(path, privateToUser, streams);
        try
        {
            using var stream = output.Create();
            stream.Write(bytes);
        }
        catch (Exception e) when (output.Failure(e) is { } failure)
        {
            throw failure;
        }
        output.Commit(expectedBytes: bytes.Length);
    }

    /// <summary>Creates the temporary file (it must not exist yet) for writing, private to the user when asked.</summary>
    /// <exception cref="OutputWriteException">The folder is read-only, not writable, or full.</exception>
    public Stream Create(bool asynchronous = false)
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
        try
        {
            return streams(TemporaryPath, options);
        }
        catch (Exception e) when (Failure(e) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>
    /// Creates the temporary file and lets <paramref name="write"/> fill it; closing it (where a full disk often shows)
    /// is part of the write, so a failure anywhere is an <see cref="OutputWriteException"/> naming the final path.
    /// </summary>
    public void Write(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            using var stream = Create();
            write(stream);
        }
        catch (Exception e) when (Failure(e) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>The file-system failure <paramref name="e"/> reports, as a failure to write this file; null for anything else.</summary>
    public OutputWriteException? Failure(Exception e) => WriteFailures.Writing(FinalPath, e);

    /// <summary>
    /// Flushes the finished temporary file to disk, checks it is there (and <paramref name="expectedBytes"/> long when
    /// given), then replaces the final file with it. Nothing touches the final file before that one rename.
    /// </summary>
    /// <exception cref="OutputWriteException">The flush, the check or the rename failed; the old file is untouched.</exception>
    public void Commit(long? expectedBytes = null)
    {
        try
        {
            // Without the flush a crash soon after the rename can leave the final name pointing at an empty file:
            // the rename may reach the disk before the data does. Any handle's flush covers the whole file, so this
            // also holds for what ffmpeg or espeak-ng wrote.
            using (var written = new FileStream(TemporaryPath, FileMode.Open, FileAccess.Write, FileShare.Read))
            {
                written.Flush(flushToDisk: true);
                if (expectedBytes is { } expected && written.Length != expected)
                {
                    throw new OutputWriteException(FinalPath, $"only {written.Length:N0} of {expected:N0} bytes reached the disk");
                }
            }
            File.Move(TemporaryPath, FinalPath, overwrite: true);
        }
        catch (FileNotFoundException e)
        {
            throw new OutputWriteException(FinalPath, "the finished file disappeared before it was put in place", e);
        }
        catch (Exception e) when (Failure(e) is { } failure)
        {
            throw failure;
        }
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
                // Best effort: a stray partial file is harmless, clearly named, and removed by the next run.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>Creates the folder, saying which part of the path is a file when one is in the way.</summary>
    private void PrepareFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            for (var ancestor = folder; !string.IsNullOrEmpty(ancestor); ancestor = Path.GetDirectoryName(ancestor))
            {
                if (File.Exists(ancestor))
                {
                    throw new OutputWriteException(FinalPath, $"{ancestor} is a file, not a folder", e);
                }
            }
            throw WriteFailures.Writing(FinalPath, e) ?? new OutputWriteException(FinalPath, e.Message, e);
        }
    }
}
