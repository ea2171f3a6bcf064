using System.Text;
using LegacyPress.Core.Model;
using LegacyPress.Core.Platforms;

namespace LegacyPress.Publish.Metadata;

/// <summary>Chooses the video's title, description and tags: the Promo texts when they exist, else words from film.yaml.</summary>
public static class VideoMetadataSource
{
    /// <summary>Reads the metadata; every problem (over a limit, angle brackets) is returned, not thrown.</summary>
    public static (VideoMetadata? Metadata, IReadOnlyList<string> Problems) Read(Film film, string artifactsDirectory, YouTubeLimits limits)
    {
        var texts = Path.Combine(artifactsDirectory, PromoTexts.Folder);
        var (title, titleSource) = ReadText(Path.Combine(texts, PromoTexts.Title)) is { } t
            ? (Flatten(t), PromoTexts.Title)
            : (film.Metadata.Title, "film.yaml title");
        var (description, descriptionSource) = ReadText(Path.Combine(texts, PromoTexts.Description)) is { } d
            ? (d, PromoTexts.Description)
            : (DescriptionFromFilm(film.Metadata), "film.yaml logline, synopsis, credits, links");
        var (tags, tagsSource) = ReadText(Path.Combine(texts, PromoTexts.Tags)) is { } g
            ? (SplitTags(g), PromoTexts.Tags)
            : ((IReadOnlyList<string>)film.Metadata.Genres.ToList(), "film.yaml genre");

        var problems = new List<string>();
        if (title.Length == 0)
        {
            problems.Add($"{titleSource}: the title is empty");
        }
        var titleCharacters = YouTubeLimits.Characters(title);
        if (titleCharacters > limits.TitleMaxCharacters)
        {
            problems.Add($"{titleSource}: the title has {titleCharacters} characters; YouTube allows {limits.TitleMaxCharacters}");
        }
        var descriptionBytes = Encoding.UTF8.GetByteCount(description);
        if (descriptionBytes > limits.DescriptionMaxBytes)
        {
            problems.Add($"{descriptionSource}: the description is {descriptionBytes} bytes of UTF-8; YouTube allows {limits.DescriptionMaxBytes}");
        }
        foreach (var (text, source) in new[] { (title, titleSource), (description, descriptionSource) })
        {
            if (text.IndexOfAny(YouTubeLimits.ForbiddenCharacters.ToCharArray()) >= 0)
            {
                problems.Add($"{source}: YouTube rejects '<' and '>' in titles and descriptions");
            }
        }
        var tagCharacters = YouTubeLimits.TagsLength(tags);
        if (tagCharacters > limits.TagsMaxCharacters)
        {
            problems.Add($"{tagsSource}: the tags count {tagCharacters} characters as YouTube counts them; it allows {limits.TagsMaxCharacters}");
        }
        return problems.Count > 0 ? (null, problems) : (new VideoMetadata(title, description, tags, titleSource, descriptionSource, tagsSource), problems);
    }

    private static string? ReadText(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : null;

    private static string Flatten(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    private static IReadOnlyList<string> SplitTags(string text) =>
        text.Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.TrimStart('#'))
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Without promo texts, a plain description: the logline, the synopsis, the credits and the links.</summary>
    private static string DescriptionFromFilm(FilmMetadata film)
    {
        var sb = new StringBuilder();
        void Paragraph(string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                sb.Append(text.Trim()).Append("\n\n");
            }
        }
        Paragraph(film.Tagline);
        Paragraph(film.Logline);
        Paragraph(film.Synopsis);
        if (film.Credits.Count > 0)
        {
            Paragraph(string.Join('\n', film.Credits.Select(c => $"{c.Role}: {string.Join(", ", c.Names)}")));
        }
        if (film.Links.Count > 0)
        {
            Paragraph(string.Join('\n', film.Links.Select(l => $"{l.Name}: {l.Url}")));
        }
        return sb.ToString().TrimEnd();
    }
}
