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
        RemoveStaleLinks(artifacts);
        foreach (var entry in Directory.EnumerateFileSystemEntries(release).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.') || name.Contains(Core.Files.TemporaryFiles.Marker, StringComparison.Ordinal))
            {
                continue;
            }
            var link = Path.Combine(artifacts, name);
            if ((Directory.Exists(link) || File.Exists(link)) && new FileInfo(link).LinkTarget is null)
            {
                // A real folder or file left by an older, unversioned build (a film rendered with --out artifacts):
                // not ours to replace, and the rename would delete it.
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

    /// <summary>Temporary links a killed run left (<c>.film.mp4.link-&lt;guid&gt;</c>): only symbolic links of exactly that name.</summary>
    private static void RemoveStaleLinks(string artifacts)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(artifacts, ".*.link-*"))
        {
            var info = new FileInfo(entry);
            if (info.LinkTarget is not null && StaleLinkName().IsMatch(info.Name))
            {
                try
                {
                    info.Delete();
                }
                catch (IOException)
                {
                }
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\..+\.link-[0-9a-f]{32}$")]
    private static partial System.Text.RegularExpressions.Regex StaleLinkName();

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Rename(string oldPath, string newPath);
}
