using System.Globalization;
using System.Text;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Text;

namespace LegacyPress.Promo.Campaign;

/// <summary>
/// The values Liquid templates see (<c>{{ title }}</c>, <c>{{ chapters }}</c>, <c>{{ credits }}</c>…), built once
/// from the film, its timeline and its promo settings. Keys are snake_case; absent values are nil, never missing,
/// so a template can test <c>{% if tagline %}</c> while a misspelt name is still an error.
/// </summary>
public static class FilmVariables
{
    public static IReadOnlyDictionary<string, object?> Build(Film film, Timeline timeline, PromoSettings settings)
    {
        var m = film.Metadata;
        var (main, sub) = TitleParts.Split(m.Title);
        var website = m.Links.FirstOrDefault(l => l.Name == "website")?.Url ?? m.Contact?.Website;
        var chapters = ChapterPlanner.Plan(timeline);
        var runtime = (int)Math.Round(timeline.RuntimeSeconds);
        var hashtags = Hashtags(m, settings);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = m.Title,
            ["title_main"] = main,
            ["title_sub"] = sub,
            ["short_title"] = settings.ShortTitle,
            ["tagline"] = m.Tagline,
            ["logline"] = m.Logline,
            ["synopsis"] = m.Synopsis,
            ["version"] = m.Version,
            ["language"] = m.Language,
            ["release_date"] = m.ReleaseDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["release_date_long"] = m.ReleaseDate?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            ["release_year"] = m.ReleaseDate?.Year.ToString(CultureInfo.InvariantCulture),
            ["genres"] = m.Genres.ToList<object?>(),
            ["genre_line"] = string.Join(" · ", m.Genres),
            ["credits"] = m.Credits.Select(c => Dict(("role", c.Role), ("names", c.Names.ToList<object?>()), ("names_text", JoinNames(c.Names)))).ToList<object?>(),
            ["director"] = Director(m.Credits),
            ["contact"] = m.Contact is { } c2 ? Dict(("name", c2.Name), ("email", c2.Email), ("website", c2.Website), ("phone", c2.Phone)) : null,
            ["links"] = m.Links.GroupBy(l => l.Name).ToDictionary(g => g.Key, g => (object?)g.First().Url),
            ["link_list"] = m.Links.Select(l => Dict(("name", l.Name), ("url", l.Url))).ToList<object?>(),
            ["website"] = website,
            ["video_url"] = settings.VideoUrl ?? website,
            ["runtime"] = new Chapter(runtime, "").Stamp,
            ["runtime_seconds"] = runtime,
            // Prose says the runtime exactly ("1 min 04 s"); whole minutes are the nearest, never rounded up.
            ["runtime_text"] = ProseDuration.Format(timeline.RuntimeSeconds),
            ["runtime_minutes"] = (int)Math.Max(1, Math.Round(timeline.RuntimeSeconds / 60, MidpointRounding.AwayFromZero)),
            ["chapters"] = chapters.Select(ch => Dict(("stamp", ch.Stamp), ("title", ch.Title), ("seconds", ch.StartSeconds))).ToList<object?>(),
            ["acts"] = film.Acts.Select(a => Dict(("number", a.Number), ("roman", ChapterPlanner.Roman(a.Number)), ("title", a.Title))).ToList<object?>(),
            ["hashtags"] = hashtags.ToList<object?>(),
            ["hashtag_line"] = string.Join(' ', hashtags.Select(h => "#" + h)),
            ["tags"] = Tags(m, settings).ToList<object?>(),
            ["key_art"] = settings.KeyArtShotId,
            ["laurels"] = settings.Laurels.ToList<object?>(),
        };
    }

    /// <summary>
    /// The variables a layer bound to the title sees when its title does not fit: <c>title</c> and <c>title_main</c>
    /// are the short title (everything else as it was), so <c>{{ title_main | upcase }}</c> sets it in the same style.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> WithShortTitle(IReadOnlyDictionary<string, object?> variables, string shortTitle) =>
        new Dictionary<string, object?>(variables, StringComparer.Ordinal)
        {
            ["title"] = shortTitle,
            ["title_main"] = shortTitle,
        };

    /// <summary>"A", "A & B", "A, B & C".</summary>
    public static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " & " + names[^1],
    };

    /// <summary>A hashtag from words: "Journey Between Worlds" → "JourneyBetweenWorlds" (letters and digits only).</summary>
    public static string Hashtag(string words)
    {
        var builder = new StringBuilder();
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (clean.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(clean[0])).Append(clean[1..]);
            }
        }
        return builder.ToString();
    }

    private static IReadOnlyList<string> Hashtags(FilmMetadata m, PromoSettings settings)
    {
        var (main, _) = TitleParts.Split(m.Title);
        var generated = new[] { Hashtag(main) }.Concat(m.Genres.Select(g => Hashtag(g == "Short" ? "Short Film" : g)));
        return settings.Hashtags.Concat(generated)
            .Where(h => h.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static IReadOnlyList<string> Tags(FilmMetadata m, PromoSettings settings)
    {
        var (main, sub) = TitleParts.Split(m.Title);
        var generated = new List<string> { m.Title, main };
        if (sub is not null)
        {
            generated.Add(sub);
        }
        generated.AddRange(m.Genres.Select(g => g.ToLowerInvariant() == "short" ? "short film" : g.ToLowerInvariant()));
        generated.AddRange(m.Credits.Where(c => IsDirector(c.Role)).SelectMany(c => c.Names));
        return settings.Tags.Concat(generated)
            .Select(t => t.Replace('<', ' ').Replace('>', ' ').Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static string? Director(IReadOnlyList<Credit> credits) =>
        credits.FirstOrDefault(c => IsDirector(c.Role)) is { } c ? JoinNames(c.Names) : null;

    private static bool IsDirector(string role) => role.Contains("direct", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, object?> Dict(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
