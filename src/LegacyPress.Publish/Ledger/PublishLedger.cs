namespace LegacyPress.Publish.Ledger;

/// <summary>
/// <c>publish.lock.json</c>: what has already been sent to each platform, so a rerun sends only what changed and a
/// killed run resumes its upload session instead of starting a second video.
/// </summary>
public sealed record PublishLedger(int Version, IReadOnlyDictionary<string, PlatformRecord> Platforms)
{
    public const int CurrentVersion = 1;
    public const string FileName = "publish.lock.json";

    public static PublishLedger Empty { get; } = new(CurrentVersion, new Dictionary<string, PlatformRecord>());

    public PlatformRecord? For(string platform) => Platforms.GetValueOrDefault(platform);

    public PublishLedger With(string platform, PlatformRecord record) =>
        this with { Platforms = new Dictionary<string, PlatformRecord>(Platforms) { [platform] = record } };
}

/// <summary>One platform's state: the film that was (or is being) uploaded and everything attached to the video.</summary>
public sealed record PlatformRecord
{
    /// <summary>SHA-256 and size of the film this record is about.</summary>
    public required FilmRecord Film { get; init; }

    /// <summary>Present only while an upload is unfinished: the session to resume and how far the server confirmed.</summary>
    public UploadSessionRecord? Upload { get; init; }

    public string? VideoId { get; init; }

    /// <summary>Hash of the video resource last sent, so metadata is updated only when it changed.</summary>
    public string? MetadataSha256 { get; init; }

    public string? ThumbnailSha256 { get; init; }

    public IReadOnlyList<CaptionRecord> Captions { get; init; } = [];

    public PlaylistRecord? Playlist { get; init; }

    /// <summary>Videos this project uploaded before a <c>--replace</c>, kept so nobody loses track of them.</summary>
    public IReadOnlyList<string> ReplacedVideoIds { get; init; } = [];

    /// <summary>
    /// Creates sent whose answer has not been recorded yet. One left here by a run that died, or seen again after a lost
    /// answer, means "ask YouTube whether it exists before sending it again".
    /// </summary>
    public IReadOnlyList<PendingCreate> Pending { get; init; } = [];

    public bool IsPending(string kind, string key) => Pending.Any(p => p.Kind == kind && p.Key == key);

    public PlatformRecord WithPending(PendingCreate create) =>
        this with { Pending = [.. Pending.Where(p => !(p.Kind == create.Kind && p.Key == create.Key)), create] };

    public PlatformRecord WithoutPending(string kind, string key) =>
        this with { Pending = [.. Pending.Where(p => !(p.Kind == kind && p.Key == key))] };
}

/// <summary>
/// The intent of one create, written before its request: what kind (<see cref="Kinds"/>), the key it is found by
/// afterwards (a caption's language, a playlist's title, the playlist an item goes into) and when it was sent.
/// </summary>
public sealed record PendingCreate(string Kind, string Key, DateTimeOffset SentUtc)
{
    public static class Kinds
    {
        public const string Caption = "caption";
        public const string Playlist = "playlist";
        public const string PlaylistItem = "playlistItem";
    }
}

public sealed record FilmRecord(string Path, string Sha256, long Bytes);

public sealed record UploadSessionRecord(string SessionUri, long ConfirmedBytes, DateTimeOffset StartedUtc);

public sealed record CaptionRecord(string Language, string CaptionId, string Sha256);

public sealed record PlaylistRecord(string Title, string PlaylistId, string? ItemId);
