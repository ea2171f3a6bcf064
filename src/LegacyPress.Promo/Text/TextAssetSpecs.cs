namespace LegacyPress.Promo.Text;

/// <summary>
/// The table of text assets and their platform limits: the one place those numbers live. Sources: YouTube
/// upload API (title 100 characters, description 5000 bytes, tags 500 characters, no angle brackets),
/// X (280 weighted characters), Instagram (2200 characters, 30 hashtags).
/// </summary>
public static class TextAssetSpecs
{
    public const string YouTubeTitle = "youtube-title";
    public const string YouTubeDescription = "youtube-description";
    public const string YouTubeTags = "youtube-tags";
    public const string XPost = "x-post";
    public const string InstagramCaption = "instagram-caption";
    public const string PressBlurbShort = "press-blurb-short";
    public const string PressBlurbLong = "press-blurb-long";

    private const string AngleBrackets = "<>";

    public static IReadOnlyList<TextAssetSpec> All { get; } =
    [
        new(YouTubeTitle, "YouTube", "video title", "youtube-title.txt", TextShape.Prose,
            [new TextLimit.NotEmpty(), new TextLimit.Characters(100), new TextLimit.Forbidden(AngleBrackets)]),
        new(YouTubeDescription, "YouTube", "video description with chapters", "youtube-description.txt", TextShape.Prose,
            [new TextLimit.NotEmpty(), new TextLimit.Utf8Bytes(5000), new TextLimit.Forbidden(AngleBrackets)]),
        new(YouTubeTags, "YouTube", "video tags, one per line", "youtube-tags.txt", TextShape.LineList,
            [new TextLimit.YouTubeTags(500), new TextLimit.Forbidden(AngleBrackets)]),
        new(XPost, "X", "announcement post", "x-post.txt", TextShape.Prose,
            [new TextLimit.NotEmpty(), new TextLimit.XWeighted(280)]),
        new(InstagramCaption, "Instagram", "post caption", "instagram-caption.txt", TextShape.Prose,
            [new TextLimit.NotEmpty(), new TextLimit.Characters(2200), new TextLimit.Hashtags(30)]),
        new(PressBlurbShort, "Press", "one-paragraph blurb (≤ 60 words)", "press-blurb-short.txt", TextShape.Prose,
            [new TextLimit.NotEmpty(), new TextLimit.Words(60)]),
        new(PressBlurbLong, "Press", "press-release blurb (≤ 300 words)", "press-blurb-long.md", TextShape.Prose,
            [new TextLimit.NotEmpty(), new TextLimit.Words(300)]),
    ];

    public static TextAssetSpec? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
