namespace LegacyPress.Core.Loading;

/// <summary>Keeps every path a project names inside the project folder (no <c>../</c>, no absolute paths, no symlinks out).</summary>
public static class ProjectPaths
{
    /// <summary>Resolves a project-relative path; returns the problem instead when it would leave the project.</summary>
    public static (string? FullPath, string? Problem) Resolve(string projectDirectory, string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath))
        {
            return (null, "path is empty");
        }
        if (Path.IsPathRooted(relativePath) || relativePath.StartsWith('~'))
        {
            return (null, "is an absolute path; paths must be relative to the project folder");
        }
        var root = Path.GetFullPath(projectDirectory);
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!IsInside(root, full))
        {
            return (null, "escapes the project folder");
        }
        // A symlink inside the project may still point outside it: follow every link on the way down.
        var real = RealPath(full);
        var realRoot = RealPath(root);
        if (!IsInside(realRoot, real))
        {
            return (null, "is a symbolic link that leads out of the project folder");
        }
        return (full, null);
    }

    private static bool IsInside(string root, string path)
    {
        var rel = Path.GetRelativePath(root, path);
        return rel != ".." && !rel.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(rel);
    }

    /// <summary>The path with every existing symbolic link along it resolved.</summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            for (var hops = 0; info.Exists && info.LinkTarget is not null && hops < 40; hops++)
            {
                next = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next) ?? root, info.LinkTarget));
                info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            }
            current = next;
        }
        return current;
    }
}
