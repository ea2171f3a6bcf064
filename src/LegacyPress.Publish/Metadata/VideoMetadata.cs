namespace LegacyPress.Publish.Metadata;

/// <summary>The words shown with the video, and where each came from (a promo text file or film.yaml), for the dry-run report.</summary>
public sealed record VideoMetadata(string Title, string Description, IReadOnlyList<string> Tags, string TitleSource, string DescriptionSource, string TagsSource);
