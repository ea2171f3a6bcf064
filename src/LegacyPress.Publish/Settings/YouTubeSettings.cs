namespace LegacyPress.Publish.Settings;

/// <summary>Who may watch the video once it is processed.</summary>
public enum Privacy { Private, Unlisted, Public }

/// <summary>The video's licence as YouTube names it: the standard YouTube licence or Creative Commons Attribution.</summary>
public enum VideoLicense { YouTube, CreativeCommon }

/// <summary>
/// How the film is published on YouTube, read once from film.yaml <c>publish.youtube</c> with every default applied.
/// Nothing downstream looks at the YAML again.
/// </summary>
public sealed record YouTubeSettings(
    Privacy Privacy,
    DateTimeOffset? PublishAt,
    string? Playlist,
    bool MadeForKids,
    bool ContainsSyntheticMedia,
    VideoLicense License,
    bool Embeddable,
    YouTubeCategory Category,
    string DefaultLanguage,
    IReadOnlyList<string> CaptionLanguages,
    bool CaptionLanguagesExplicit,
    string? ThumbnailPath)
{
    /// <summary>The API refuses <c>publishAt</c> on anything but a private video, so scheduling wins over <c>privacy</c>.</summary>
    public Privacy EffectivePrivacy => PublishAt is null ? Privacy : Privacy.Private;

    public static YouTubeSettings Defaults(string filmLanguage) => new(
        Privacy.Private, null, null, MadeForKids: false, ContainsSyntheticMedia: true, VideoLicense.YouTube, Embeddable: true,
        YouTubeCategories.FilmAndAnimation, filmLanguage, [filmLanguage], CaptionLanguagesExplicit: false, ThumbnailPath: null);
}
