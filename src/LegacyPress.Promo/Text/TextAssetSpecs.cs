using LegacyPress.Core.Platforms;

namespace LegacyPress.Promo.Text;

/// <summary>
/// The table of text assets and their platform limits. YouTube's come from <see cref="YouTubeLimits"/>, which Publish
/// checks against too; the others live here. Sources: X (280 weighted characters), Instagram (2200 characters, 30 hashtags).
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

    private static readonly YouTubeLimits YouTube = YouTubeLimits.Default;

    public static IReadOnlyList<TextAssetSpec> All { get; } =
    [
        new(YouTubeTitle, "YouTube", "video title", "youtube-title.txt", TextShape.Prose,
            [new TextLimit.NotEmpty(), new TextLimit.Characters(YouTube.TitleMaxCharacters), new TextLimit.Forbidden(YouTubeLimits.ForbiddenCharacters)]),
        new(YouTubeDescription, "YouTube", "video description with chapters", "youtube-description.txt", TextShape.Prose,
            [new TextLimit.NotEmpty(), new TextLimit.Utf8Bytes(YouTube.DescriptionMaxBytes), new TextLimit.Forbidden(YouTubeLimits.ForbiddenCharacters)]),
        new(YouTubeTags, "YouTube", "video tags, one per line", "youtube-tags.txt", TextShape.LineList,
            [new TextLimit.YouTubeTags(YouTube.TagsMaxCharacters), new TextLimit.Forbidden(YouTubeLimits.ForbiddenCharacters)]),
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
