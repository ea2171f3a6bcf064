namespace LegacyPress.Render.Release;

/// <summary>
/// Points <c>artifacts/film.mp4</c>, <c>artifacts/promo/</c> and every other top-level entry of the latest release
/// folder (<c>artifacts/&lt;version&gt;/</c>) at that release with relative symbolic links, so people and tools
/// find "the current film" at one fixed path while each version keeps its own folder. Each link is swapped in
/// with a rename, so a reader never sees it missing.
/// </summary>
public static class ReleaseShortcuts
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
            File.Move(temporary, link, overwrite: true);
            links.Add(link);
        }
        return links;
    }
}
