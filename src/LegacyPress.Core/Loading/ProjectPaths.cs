using LegacyPress.Core.Files;

namespace LegacyPress.Core.Loading;

/// <summary>
/// The one place that decides which files of a project may be read: inside the project folder (no <c>../</c>, no
/// absolute paths, no symlinks out) and, for anything opened, a regular file (never a pipe, socket, device or folder).
/// </summary>
public static class ProjectPaths
{
    /// <summary>The project's own folder for caches and state, which must be a real folder of the project.</summary>
    public const string StateFolder = ".legacypress";

    /// <summary>
    /// Resolves a project-relative path to a file that may be opened: inside the project, present, and a regular file.
    /// Returns the problem (phrased to follow the quoted path) instead.
    /// </summary>
    public static (string? FullPath, string? Problem) ResolveFile(string projectDirectory, string relativePath)
    {
        var (full, problem) = Resolve(projectDirectory, relativePath);
        if (problem is not null || full is null)
        {
            return (null, problem);
        }
        return RegularFileProblem(full) is { } notRegular ? (null, notRegular) : (full, null);
    }

    /// <summary>Why a resolved path cannot be opened as a file ("not found", "is a named pipe…"); null for a regular file.</summary>
    public static string? RegularFileProblem(string fullPath) => FileKinds.Of(fullPath) switch
    {
        FileKind.Regular => null,
        FileKind.Missing => "not found",
        FileKind.Directory => "is a folder, not a file",
        var kind => $"is {FileKinds.Describe(kind)}, not a regular file (only regular files are read)",
    };

    /// <summary>
    /// Why the project's cache cannot be written (<c>.legacypress</c> or <c>.legacypress/cache</c> is a link out of
    /// the project, or not a folder); null when it is fine or not there yet.
    /// </summary>
    public static string? CacheFolderProblem(string projectDirectory)
    {
        var root = Path.GetFullPath(projectDirectory);
        var realRoot = RealPath(root);
        foreach (var relative in new[] { StateFolder, Path.Combine(StateFolder, "cache") })
        {
            var full = Path.Combine(root, relative);
            var kind = FileKinds.Of(full);
            var info = new DirectoryInfo(full);
            var isLink = info.LinkTarget is not null;
            if (kind == FileKind.Missing && !isLink)
            {
                return null;
            }
            var shown = relative.Replace('\\', '/');
            if (isLink && !IsInside(realRoot, RealPath(full)))
            {
                return $"'{shown}' is a symbolic link that leads out of the project folder (to {info.LinkTarget}); LegacyPress writes its cache only inside the project: remove the link";
            }
            if (kind != FileKind.Directory)
            {
                return $"'{shown}' is {(kind == FileKind.Missing ? "a broken link" : FileKinds.Describe(kind))}, not a folder; LegacyPress keeps its cache there: remove it";
            }
        }
        return null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or below it, after resolving every symbolic link of both.</summary>
    public static bool IsWithin(string folder, string path) => IsInside(RealPath(folder), RealPath(path));

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
