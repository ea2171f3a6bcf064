using System.Runtime.InteropServices;

namespace LegacyPress.Release.Manifest;

/// <summary>
/// Points <c>artifacts/film.mp4</c>, <c>artifacts/promo/</c> and every other top-level entry of the latest release
/// folder (<c>artifacts/&lt;version&gt;/</c>) at that release with relative symbolic links, so people and tools
/// find "the current film" at one fixed path while each version keeps its own folder. Each link is swapped in
/// with a rename, so a reader never sees it missing.
/// </summary>
public static partial class ReleaseShortcuts
{
    public static IReadOnlyList<string> Link(string releaseDirectory, string artifactsDirectory)
    {
        var release = Path.GetFullPath(releaseDirectory);
        var artifacts = Path.GetFullPath(artifactsDirectory);
        var links = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(release).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.') || name.Contains(".partial-", StringComparison.Ordinal))
            {
                continue;
            }
            var link = Path.Combine(artifacts, name);
            if (Directory.Exists(link) && new DirectoryInfo(link).LinkTarget is null)
            {
                // A real folder left by an older, unversioned build: not ours to replace.
                continue;
            }
            var temporary = Path.Combine(artifacts, $".{name}.link-{Guid.NewGuid():N}");
            File.CreateSymbolicLink(temporary, Path.GetRelativePath(artifacts, entry));
            // rename(2) replaces the old link itself; File.Move would follow a link to a folder and refuse.
            if (Rename(temporary, link) != 0)
            {
                var error = Marshal.GetLastPInvokeErrorMessage();
                File.Delete(temporary);
                throw new IOException($"cannot point {link} at {entry}: {error}");
            }
            links.Add(link);
        }
        return links;
    }

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Rename(string oldPath, string newPath);
}
