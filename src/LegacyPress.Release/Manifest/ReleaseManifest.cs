namespace LegacyPress.Release.Manifest;

/// <summary>Every file of a release: what it is, how big, its SHA-256, and for media what a player would see and hear.</summary>
public sealed record ReleaseManifest(string Title, string Version, IReadOnlyList<ManifestEntry> Files)
{
    public const string FileName = "manifest.json";
}

/// <summary>One released file; <see cref="Path"/> is relative to the release folder, with forward slashes.</summary>
public sealed record ManifestEntry(string Path, long Bytes, string Sha256)
{
    public MediaFacts? Media { get; init; }
}

/// <summary>What ffprobe (and, for sound, an EBU R128 measurement) says about a media file. Absent facts are null.</summary>
public sealed record MediaFacts(double? DurationSeconds, int? WidthPixels, int? HeightPixels, int? Frames, double? IntegratedLufs, double? TruePeakDbtp);
