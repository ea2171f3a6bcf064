using LegacyPress.Core.Files;

namespace LegacyPress.Core.Loading;

/// <summary>Checks the files a project names: inside the project, present, of a supported kind, and decodable.</summary>
internal sealed class ProjectFiles(YamlContext context, string directory, IMediaInspector media)
{
    private readonly Dictionary<string, MediaInfo> inspected = new(StringComparer.Ordinal);

    /// <summary>Returns the full path of an existing file with an allowed extension, or reports why not.</summary>
    public string? Existing(MappingReader map, string key, string path, IReadOnlyList<string> extensions, string kind)
    {
        var (full, problem) = ProjectPaths.Resolve(directory, path);
        if (problem is not null)
        {
            map.Error(key, $"{kind} '{path}' {problem}");
            return null;
        }
        // A folder first: 'images' would otherwise be reported as a file with no extension.
        if (Directory.Exists(full))
        {
            map.Error(key, $"{kind} '{path}' is a folder, not a file");
            return null;
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!extensions.Contains(extension))
        {
            map.Error(key, $"{kind} '{path}' has an unsupported format '{(extension.Length == 0 ? "(none)" : extension)}' (use {string.Join(", ", extensions)})");
            return null;
        }
        // Before anything opens it: ffprobe (or a FileStream) would wait forever on a named pipe.
        if (ProjectPaths.RegularFileProblem(full!) is { } notRegular)
        {
            map.Error(key, $"{kind} '{path}' {notRegular}");
            return null;
        }
        return full;
    }

    /// <summary>Whether a path inside the project names nothing yet (a still still to be generated); false for a path out of the project.</summary>
    public bool IsMissing(string path)
    {
        var (full, problem) = ProjectPaths.Resolve(directory, path);
        // A dangling link is not "missing": generating into it would write wherever it points.
        return problem is null && full is not null && FileKinds.Of(full) == FileKind.Missing && new FileInfo(full).LinkTarget is null;
    }

    /// <summary>Checks a still decodes; returns its pixel size.</summary>
    public MediaInfo? Image(MappingReader map, string key, string path)
    {
        var full = Existing(map, key, path, FilmDefaults.ImageExtensions, "image");
        if (full is null)
        {
            return null;
        }
        var info = Inspect(full, media.InspectImage);
        if (!info.Ok)
        {
            map.Error(key, $"image '{path}' {info.Problem}");
            return null;
        }
        return info;
    }

    /// <summary>Checks a colour LUT reads; returns its full path.</summary>
    public string? Lut(MappingReader map, string key, string path)
    {
        var full = Existing(map, key, path, [".cube"], "LUT");
        if (full is null)
        {
            return null;
        }
        var info = Inspect(full, media.InspectLut);
        if (!info.Ok)
        {
            // The render would stop at its first frame; check says so here.
            map.Error(key, $"LUT '{path}' cannot be read: {info.Problem}");
            return null;
        }
        return full;
    }

    /// <summary>Checks an audio file decodes; returns its length in seconds.</summary>
    public double? AudioLength(MappingReader map, string key, string path, string full)
    {
        var info = Inspect(full, media.InspectAudio);
        if (!info.Ok)
        {
            map.Error(key, $"audio '{path}' cannot be decoded: {info.Problem}");
            return null;
        }
        return info.DurationSeconds;
    }

    private MediaInfo Inspect(string full, Func<string, MediaInfo> inspect)
    {
        if (!inspected.TryGetValue(full, out var info))
        {
            info = inspect(full);
            inspected[full] = info;
        }
        return info;
    }

    public YamlContext Context => context;
}
