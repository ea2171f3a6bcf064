namespace LegacyPress.Publish.Metadata;

/// <summary>
/// The file names the Promo step writes its YouTube texts under (<c>DIR/promo/text/</c>); Publish prefers them to
/// film.yaml because they are checked against the platform's limits and carry the chapters.
/// </summary>
public static class PromoTexts
{
    public const string Folder = "promo/text";
    public const string Title = "youtube-title.txt";
    public const string Description = "youtube-description.txt";
    public const string Tags = "youtube-tags.txt";

    /// <summary>The promo thumbnail (1280x720 JPEG) in <c>DIR/promo/</c>.</summary>
    public const string Thumbnail = "promo/youtube-thumbnail.jpg";
}
