using System.Text;

namespace LegacyPress.Publish.Files;

/// <summary>
/// Writes a whole file under a temporary name, flushes it to disk and renames it into place: a crash leaves either the
/// old file or the new one, never half of the ledger. Optionally private (0600) from the first byte, for tokens.
/// </summary>
internal static class AtomicWrite
{
    public static void Text(string finalPath, string contents, bool privateToUser = false)
    {
        var full = Path.GetFullPath(finalPath);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (privateToUser && !OperatingSystem.IsWindows())
            {
                // Set at creation, so the secret is never readable by others even for an instant.
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using (var stream = new FileStream(temporary, options))
            {
                var bytes = new UTF8Encoding(false).GetBytes(contents);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
