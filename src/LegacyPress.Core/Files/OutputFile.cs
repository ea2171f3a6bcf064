namespace LegacyPress.Core.Files;

/// <summary>
/// A file written under a temporary name beside its final path and moved into place only on success, so a
/// failed or interrupted run leaves the previous version untouched.
/// </summary>
public sealed class OutputFile : IDisposable
{
    private bool committed;

    public OutputFile(string finalPath)
    {
        FinalPath = Path.GetFullPath(finalPath);
        var folder = Path.GetDirectoryName(FinalPath)!;
        Directory.CreateDirectory(folder);
        var name = Path.GetFileName(FinalPath);
        // Same folder, so the final move is a rename; the real extension last, so tools still know the format.
        var suffix = Guid.NewGuid().ToString("N")[..8];
        TemporaryPath = Path.Combine(folder, $"{name}.partial-{suffix}{Path.GetExtension(FinalPath)}");
    }

    public string FinalPath { get; }

    /// <summary>Writes a whole small file (captions, JSON, text) so readers only ever see the old or the new one.</summary>
    public static void WriteAllText(string path, string text)
    {
        using var output = new OutputFile(path);
        File.WriteAllText(output.TemporaryPath, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        output.Commit();
    }

    /// <inheritdoc cref="WriteAllText"/>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        using var output = new OutputFile(path);
        File.WriteAllBytes(output.TemporaryPath, bytes);
        output.Commit();
    }

    public string TemporaryPath { get; }

    /// <summary>Replaces the final file with the finished temporary one.</summary>
    public void Commit()
    {
        File.Move(TemporaryPath, FinalPath, overwrite: true);
        committed = true;
    }

    /// <summary>Deletes the temporary file unless it was committed.</summary>
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
