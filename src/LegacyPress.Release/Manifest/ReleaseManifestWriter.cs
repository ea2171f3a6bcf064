using LegacyPress.Core.Files;
using LegacyPress.Core.Loading;
using System.Text.Json;
using System.Text.Json.Serialization;
using LegacyPress.Core.Model;
using LegacyPress.Core.Release;
using LegacyPress.Render.Audio.Mixing;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Media;

namespace LegacyPress.Release.Manifest;

/// <summary>Lists a release folder into <c>manifest.json</c>: every file hashed, media probed; written atomically.</summary>
public static class ReleaseManifestWriter
{
    private static readonly JsonSerializerOptions Json = JsonFiles.Readable;

    private static readonly HashSet<string> MediaExtensions = new(StringComparer.OrdinalIgnoreCase) { ".mp4", ".mov", ".mkv", ".webm", ".m4a", ".wav", ".mp3", ".ogg", ".flac", ".png", ".jpg", ".jpeg", ".webp" };
    private static readonly HashSet<string> StillExtensions = new(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".webp" };

    /// <summary>
    /// The release folder of a film version: <c>&lt;artifacts&gt;/&lt;version&gt;</c>, or why it cannot be. The loader already
    /// refuses a version that is not one folder name; this is the second lock, so no value can put a release elsewhere:
    /// the folder must be a direct child of the artifacts folder after every symbolic link is resolved.
    /// </summary>
    public static (string? Folder, string? Problem) FolderFor(string artifactsDirectory, FilmMetadata metadata)
    {
        var artifacts = Path.GetFullPath(artifactsDirectory);
        if (PathSegment.Problem(metadata.Version) is { } problem)
        {
            return (null, $"version '{metadata.Version}' {problem}; refusing to write a release outside {artifacts}");
        }
        var folder = Path.GetFullPath(Path.Combine(artifacts, metadata.Version));
        if (Path.GetDirectoryName(folder) != artifacts.TrimEnd(Path.DirectorySeparatorChar) || !ProjectPaths.IsWithin(artifacts, folder))
        {
            return (null, $"the release folder for version '{metadata.Version}' ({folder}) leads out of {artifacts}; refusing to write there");
        }
        return (folder, null);
    }

    public static async Task<ReleaseManifest> BuildAsync(string releaseDirectory, FilmMetadata metadata, CancellationToken cancellation)
    {
        var root = Path.GetFullPath(releaseDirectory);
        var measured = PreviousMeasurements(root);
        var entries = new List<ManifestEntry>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Where(Lists)
                     .Order(StringComparer.Ordinal))
        {
            cancellation.ThrowIfCancellationRequested();
            var entry = new ManifestEntry(Path.GetRelativePath(root, file).Replace('\\', '/'), new FileInfo(file).Length, FingerprintInput.FileHash(file));
            if (MediaExtensions.Contains(Path.GetExtension(file)))
            {
                // Same bytes, same facts: probing and measuring loudness again is most of a manifest's time.
                entry = entry with { Media = measured.GetValueOrDefault(entry.Sha256) ?? await ProbeAsync(file, cancellation).ConfigureAwait(false) };
            }
            entries.Add(entry);
        }
        return new ReleaseManifest(metadata.Title, metadata.Version, entries);
    }

    /// <summary>Whether a file under the release folder belongs in its manifest: not the manifest itself, nor a file being written.</summary>
    public static bool Lists(string file) =>
        Path.GetFileName(file) != ReleaseManifest.FileName && !Path.GetFileName(file).Contains(TemporaryFiles.Marker, StringComparison.Ordinal);

    private static Dictionary<string, MediaFacts> PreviousMeasurements(string root)
    {
        var path = Path.Combine(root, ReleaseManifest.FileName);
        try
        {
            var previous = File.Exists(path) ? JsonSerializer.Deserialize<ReleaseManifest>(File.ReadAllText(path), Json) : null;
            return (previous?.Files ?? []).Where(e => e.Media is not null)
                .GroupBy(e => e.Sha256, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Media!, StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            // A damaged manifest only costs measuring again.
            return [];
        }
    }

    /// <summary>Builds the manifest of <paramref name="releaseDirectory"/> and writes it there through <paramref name="streams"/>; returns it.</summary>
    public static async Task<ReleaseManifest> WriteAsync(string releaseDirectory, FilmMetadata metadata, OutputStreamFactory streams, CancellationToken cancellation)
    {
        var manifest = await BuildAsync(releaseDirectory, metadata, cancellation).ConfigureAwait(false);
        OutputFile.WriteAllText(Path.Combine(releaseDirectory, ReleaseManifest.FileName), JsonSerializer.Serialize(manifest, Json), streams: streams);
        return manifest;
    }

    /// <summary>Duration, frame size and frame count from ffprobe; loudness (EBU R128) when there is sound.</summary>
    public static async Task<MediaFacts?> ProbeAsync(string path, CancellationToken cancellation)
    {
        if ((await new MediaProbe().ReadAsync(path, cancellation).ConfigureAwait(false)).Media is not { } media)
        {
            return null;
        }
        var video = media.FirstVideo;
        var hasAudio = media.FirstAudio is not null;
        var still = StillExtensions.Contains(Path.GetExtension(path));
        double? duration = still ? null : media.DurationSeconds;
        int? width = video?.WidthPixels;
        int? height = video?.HeightPixels;
        int? frames = still ? null : video?.FrameCount;
        double? lufs = null;
        double? peak = null;
        if (hasAudio)
        {
            var loudness = await LoudnessNormalizer.MeasureAsync(path, LoudnessTarget.Default, cancellation).ConfigureAwait(false);
            (lufs, peak) = (Math.Round(loudness.IntegratedLufs, 1), Math.Round(loudness.TruePeakDbtp, 1));
        }
        return new MediaFacts(duration, width, height, frames, lufs, peak);
    }
}
