using System.Globalization;

namespace LegacyPress.Core.Platforms;

/// <summary>One API method's quota price. <c>videos.insert</c> draws on its own daily bucket, everything else on the shared 10,000 units.</summary>
public sealed record QuotaCost(string Method, int Units, string Bucket);

/// <summary>
/// YouTube's numbers in one table (YouTube Data API v3 reference and quota calculator): what Promo writes its texts and
/// thumbnail to and what Publish checks before uploading, so a change on Google's side is one edit here and tests can
/// shrink them.
/// </summary>
public sealed record YouTubeLimits
{
    /// <summary>Resumable chunks must be multiples of 256 KiB (all but the last).</summary>
    public const int ChunkGranularityBytes = 256 * 1024;

    /// <summary>Characters YouTube rejects in titles, descriptions and tags.</summary>
    public const string ForbiddenCharacters = "<>";

    public static YouTubeLimits Default { get; } = new();

    /// <summary>
    /// thumbnails.set accepts image/jpeg or image/png up to 2 MB; counted in decimal megabytes so it holds however
    /// "MB" is read.
    /// </summary>
    public long ThumbnailMaxBytes { get; init; } = 2_000_000;

    /// <summary>captions.insert accepts caption files up to 100 MB.</summary>
    public long CaptionMaxBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>videos.insert accepts files up to 256 GB.</summary>
    public long VideoMaxBytes { get; init; } = 256L * 1024 * 1024 * 1024;

    /// <summary>snippet.title: at most 100 characters (as <see cref="Characters"/> counts them), none of <see cref="ForbiddenCharacters"/>.</summary>
    public int TitleMaxCharacters { get; init; } = 100;

    /// <summary>snippet.description: at most 5000 bytes of UTF-8, none of <see cref="ForbiddenCharacters"/>.</summary>
    public int DescriptionMaxBytes { get; init; } = 5000;

    /// <summary>snippet.tags: at most 500 characters together, as <see cref="TagsLength"/> counts them.</summary>
    public int TagsMaxCharacters { get; init; } = 500;

    /// <summary>A playlist's title: at most 150 characters, as YouTube Studio allows.</summary>
    public int PlaylistTitleMaxCharacters { get; init; } = 150;

    public const string SharedBucket = "10,000 units/day";
    public const string InsertBucket = "videos.insert: 100 calls/day";

    public IReadOnlyDictionary<string, QuotaCost> Quota { get; init; } = new[]
    {
        new QuotaCost("videos.insert", 1, InsertBucket),
        new QuotaCost("videos.list", 1, SharedBucket),
        new QuotaCost("videos.update", 50, SharedBucket),
        new QuotaCost("thumbnails.set", 50, SharedBucket),
        new QuotaCost("captions.insert", 400, SharedBucket),
        new QuotaCost("captions.update", 450, SharedBucket),
        new QuotaCost("captions.list", 50, SharedBucket),
        new QuotaCost("playlists.list", 1, SharedBucket),
        new QuotaCost("playlists.insert", 50, SharedBucket),
        new QuotaCost("playlistItems.insert", 50, SharedBucket),
        new QuotaCost("playlistItems.list", 1, SharedBucket),
    }.ToDictionary(q => q.Method);

    public QuotaCost CostOf(string method) => Quota[method];

    /// <summary>Characters as YouTube counts them in titles and tags: user-perceived characters (grapheme clusters).</summary>
    public static int Characters(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>
    /// The tags' total as YouTube counts it against <see cref="TagsMaxCharacters"/>: tags joined by commas, and a tag
    /// containing a space counts its two surrounding quotes too.
    /// </summary>
    public static int TagsLength(IReadOnlyList<string> tags) =>
        tags.Sum(t => Characters(t) + (t.Contains(' ') ? 2 : 0)) + Math.Max(0, tags.Count - 1);
}
