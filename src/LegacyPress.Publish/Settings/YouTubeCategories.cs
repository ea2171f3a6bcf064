namespace LegacyPress.Publish.Settings;

/// <summary>A YouTube video category: the id the API wants and the name people write.</summary>
public sealed record YouTubeCategory(string Id, string Name);

/// <summary>The assignable YouTube categories (videoCategories.list, region US), so film.yaml can say "Film & Animation".</summary>
public static class YouTubeCategories
{
    public static YouTubeCategory FilmAndAnimation { get; } = new("1", "Film & Animation");

    public static IReadOnlyList<YouTubeCategory> All { get; } =
    [
        FilmAndAnimation,
        new("2", "Autos & Vehicles"),
        new("10", "Music"),
        new("15", "Pets & Animals"),
        new("17", "Sports"),
        new("19", "Travel & Events"),
        new("20", "Gaming"),
        new("22", "People & Blogs"),
        new("23", "Comedy"),
        new("24", "Entertainment"),
        new("25", "News & Politics"),
        new("26", "Howto & Style"),
        new("27", "Education"),
        new("28", "Science & Technology"),
        new("29", "Nonprofits & Activism"),
    ];

    /// <summary>By id ("1") or by name, ignoring case ("film & animation").</summary>
    public static YouTubeCategory? Find(string idOrName) =>
        All.FirstOrDefault(c => c.Id == idOrName.Trim() || string.Equals(c.Name, idOrName.Trim(), StringComparison.OrdinalIgnoreCase));
}
