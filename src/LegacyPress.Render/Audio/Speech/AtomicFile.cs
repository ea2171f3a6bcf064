namespace LegacyPress.Render.Audio.Speech;

/// <summary>Writes a file under a temporary name beside it and renames it into place, so readers never see half a file.</summary>
internal static class AtomicFile
{
    /// <summary>A fresh temporary path in the same folder as <paramref name="finalPath"/> (so the rename stays on one disk).</summary>
    public static string TemporaryPathFor(string finalPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(finalPath))!;
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $".{Path.GetFileName(finalPath)}.{Guid.NewGuid():N}.tmp");
    }

    public static void Commit(string temporaryPath, string finalPath) => File.Move(temporaryPath, finalPath, overwrite: true);

    public static void Discard(string temporaryPath)
    {
        try
        {
            File.Delete(temporaryPath);
        }
        catch (IOException)
        {
            // A stray temp file is harmless: it never has the final name.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
