using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;

namespace LegacyPress.Promo.Campaign;

/// <summary>
/// The film's <c>promo:</c> section: which shot is the key art (and the portrait key art for posters and stories), the video's address, extra hashtags and tags,
/// and festival laurels ("OFFICIAL SELECTION|Festival 2026").
/// Read once from the free section film.yaml keeps for promo; unknown keys are reported.
/// </summary>
public sealed record PromoSettings(string? KeyArtShotId, string? PortraitKeyArtShotId, string? VideoUrl, IReadOnlyList<string> Hashtags, IReadOnlyList<string> Tags, IReadOnlyList<string> Laurels)
{
    public static PromoSettings Default { get; } = new(null, null, null, [], [], []);

    private static readonly string[] Keys = ["key_art", "key_art_portrait", "video_url", "hashtags", "tags", "laurels"];

    public static (PromoSettings Settings, IReadOnlyList<Diagnostic> Problems) From(Film film)
    {
        var section = film.Promo;
        var at = section.Location ?? new SourceLocation(film.Project.FilePath, 1, 1);
        var problems = new List<Diagnostic>();
        foreach (var key in section.Values.Keys.Where(k => !Keys.Contains(k)))
        {
            problems.Add(new Diagnostic(at, $"promo: unknown key '{key}'{DidYouMean.Hint(key, Keys)}"));
        }
        var settings = new PromoSettings(
            ShotId(film, section, "key_art", at, problems),
            ShotId(film, section, "key_art_portrait", at, problems),
            Text(section, "video_url", at, problems),
            List(section, "hashtags", at, problems).Select(h => h.TrimStart('#')).ToList(),
            List(section, "tags", at, problems),
            List(section, "laurels", at, problems));
        return (settings, problems);
    }

    private static string? ShotId(Film film, FreeSection section, string key, SourceLocation at, List<Diagnostic> problems)
    {
        var id = Text(section, key, at, problems);
        if (id is not null && !film.Shots.Any(s => s.Id == id))
        {
            problems.Add(new Diagnostic(at, $"promo: {key} names shot '{id}', which the film does not have{DidYouMean.Hint(id, film.Shots.Select(s => s.Id))}"));
            return null;
        }
        return id;
    }

    private static string? Text(FreeSection section, string key, SourceLocation at, List<Diagnostic> problems)
    {
        if (!section.Values.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }
        if (value is string s)
        {
            return s;
        }
        problems.Add(new Diagnostic(at, $"promo: '{key}' must be text"));
        return null;
    }

    private static IReadOnlyList<string> List(FreeSection section, string key, SourceLocation at, List<Diagnostic> problems)
    {
        if (!section.Values.TryGetValue(key, out var value) || value is null)
        {
            return [];
        }
        switch (value)
        {
            case string s:
                return [s];
            case IEnumerable<object?> items when items.All(i => i is string):
                return items.Cast<string>().ToList();
            default:
                problems.Add(new Diagnostic(at, $"promo: '{key}' must be a list of text"));
                return [];
        }
    }
}
