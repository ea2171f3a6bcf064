using LegacyPress.Publish.Files;
using LegacyPress.Publish.Metadata;
using LegacyPress.Publish.Settings;

namespace LegacyPress.Publish.Planning;

/// <summary>Everything a publish run works from, gathered (and fingerprinted) once before planning.</summary>
public sealed record PublishInputs(
    MediaFile Film,
    VideoMetadata Metadata,
    YouTubeSettings Settings,
    string VideoResourceJson,
    MediaFile? Thumbnail,
    IReadOnlyList<CaptionFile> Captions)
{
    /// <summary>Hash of the video resource as sent, the ledger's measure of "metadata changed".</summary>
    public string MetadataSha256 => FileFingerprint.OfText(VideoResourceJson);
}

/// <summary>A file to send: where it is, what it is and its MIME type.</summary>
public sealed record MediaFile(string Path, string DisplayPath, FileFingerprint Fingerprint, string ContentType);

/// <summary>One caption track: its language, the track name YouTube shows, and the file.</summary>
public sealed record CaptionFile(string Language, string Name, MediaFile File);
