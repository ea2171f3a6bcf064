using System.Globalization;
using System.Text.RegularExpressions;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;

namespace LegacyPress.Publish.Settings;

/// <summary>Reads film.yaml <c>publish.youtube</c> into <see cref="YouTubeSettings"/>, reporting every bad value with its file:line.</summary>
public static partial class PublishSettingsReader
{
    private const string Prefix = "youtube";

    private static readonly string[] Keys =
        ["privacy", "publish_at", "playlist", "made_for_kids", "synthetic_media", "license", "embeddable", "category", "default_language", "captions", "thumbnail"];

    public static (YouTubeSettings? Settings, IReadOnlyList<Diagnostic> Diagnostics) Read(Film film)
    {
        var section = film.Publish;
        var problems = new DiagnosticBag();
        var defaults = YouTubeSettings.Defaults(film.Metadata.Language);
        var fallback = section.Location ?? new SourceLocation(film.Project.FilePath, 1, 1);
        SourceLocation At(string key) => section.LocationOf($"{Prefix}.{key}") ?? fallback;

        foreach (var platform in section.Values.Keys.Where(k => k != Prefix))
        {
            problems.Add(section.LocationOf(platform) ?? fallback, $"publish: unknown platform '{platform}' (supported: youtube){DidYouMean.Hint(platform, [Prefix])}");
        }
        if (!section.Values.TryGetValue(Prefix, out var raw) || raw is null)
        {
            return (problems.HasErrors ? null : defaults, problems.ToSortedList());
        }
        if (raw is not IReadOnlyDictionary<string, object?> values)
        {
            problems.Add(At(""), "publish.youtube must be a mapping");
            return (null, problems.ToSortedList());
        }
        foreach (var key in values.Keys.Where(k => !Keys.Contains(k)))
        {
            problems.Add(At(key), $"publish.youtube: unknown key '{key}'{DidYouMean.Hint(key, Keys)}");
        }

        string? Text(string key)
        {
            if (!values.TryGetValue(key, out var v) || v is null) return null;
            if (v is string s) return s;
            problems.Add(At(key), $"publish.youtube.{key} must be a single value");
            return null;
        }

        bool Flag(string key, bool fallbackValue)
        {
            var s = Text(key);
            if (s is null) return fallbackValue;
            if (s == "true") return true;
            if (s == "false") return false;
            problems.Add(At(key), $"publish.youtube.{key} must be true or false, not '{s}'");
            return fallbackValue;
        }

        T Choice<T>(string key, T fallbackValue, IReadOnlyDictionary<string, T> names)
        {
            var s = Text(key);
            if (s is null) return fallbackValue;
            if (names.TryGetValue(s.Trim().ToLowerInvariant(), out var v)) return v;
            problems.Add(At(key), $"publish.youtube.{key}: '{s}' is not one of {string.Join(", ", names.Keys)}{DidYouMean.Hint(s, names.Keys)}");
            return fallbackValue;
        }

        var privacy = Choice("privacy", defaults.Privacy, new Dictionary<string, Privacy>
        {
            ["private"] = Privacy.Private, ["unlisted"] = Privacy.Unlisted, ["public"] = Privacy.Public,
        });
        var license = Choice("license", defaults.License, new Dictionary<string, VideoLicense>
        {
            ["youtube"] = VideoLicense.YouTube, ["creative-commons"] = VideoLicense.CreativeCommon, ["creativecommon"] = VideoLicense.CreativeCommon,
        });

        DateTimeOffset? publishAt = null;
        if (Text("publish_at") is { } when)
        {
            // The API wants an absolute instant; a time without an offset would depend on the publishing machine's zone.
            if (!DateTimeOffset.TryParse(when, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) || !HasOffset().IsMatch(when))
            {
                problems.Add(At("publish_at"), $"publish.youtube.publish_at: '{when}' is not an ISO 8601 date and time with an offset (e.g. 2026-12-12T18:00:00+01:00 or ...Z)");
            }
            else
            {
                publishAt = parsed;
                if (values.TryGetValue("privacy", out var p) && p is string ps && ps.Trim().ToLowerInvariant() != "private")
                {
                    problems.Add(At("privacy"), $"publish.youtube: a scheduled video (publish_at) must be private until it goes live; remove privacy: {ps} or set it to private");
                }
            }
        }

        var category = defaults.Category;
        if (Text("category") is { } categoryText)
        {
            category = YouTubeCategories.Find(categoryText) ?? category;
            if (YouTubeCategories.Find(categoryText) is null)
            {
                var names = YouTubeCategories.All.Select(c => c.Name);
                problems.Add(At("category"), $"publish.youtube.category: unknown category '{categoryText}'{DidYouMean.Hint(categoryText, names)} (use a name like 'Film & Animation' or its id)");
            }
        }

        var language = Text("default_language") ?? defaults.DefaultLanguage;
        if (!LanguageTag().IsMatch(language))
        {
            problems.Add(At("default_language"), $"publish.youtube.default_language: '{language}' is not a language tag like en or pt-BR");
        }

        var captions = defaults.CaptionLanguages;
        var captionsExplicit = false;
        if (values.TryGetValue("captions", out var rawCaptions) && rawCaptions is not null)
        {
            captionsExplicit = true;
            var list = rawCaptions switch
            {
                string one => [one],
                IEnumerable<object?> many => many.Select(x => x as string).ToList(),
                _ => [],
            };
            if (list.Count == 0 && rawCaptions is not IEnumerable<object?>)
            {
                problems.Add(At("captions"), "publish.youtube.captions must be a list of language tags, e.g. [en, de]");
            }
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not { } tag || !LanguageTag().IsMatch(tag))
                {
                    problems.Add(section.LocationOf($"{Prefix}.captions.{i}") ?? At("captions"), $"publish.youtube.captions: '{list[i]}' is not a language tag like en or pt-BR");
                }
            }
            captions = list.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }

        string? thumbnail = null;
        if (Text("thumbnail") is { } thumbnailPath)
        {
            var (full, problem) = ProjectPaths.Resolve(film.Project.Directory, thumbnailPath);
            if (problem is not null)
            {
                problems.Add(At("thumbnail"), $"publish.youtube.thumbnail '{thumbnailPath}' {problem}");
            }
            else if (!File.Exists(full))
            {
                problems.Add(At("thumbnail"), $"publish.youtube.thumbnail: file not found: {thumbnailPath}");
            }
            else
            {
                thumbnail = full;
            }
        }

        var settings = new YouTubeSettings(
            privacy,
            publishAt,
            Text("playlist") is { Length: > 0 } playlist ? playlist.Trim() : null,
            Flag("made_for_kids", defaults.MadeForKids),
            Flag("synthetic_media", defaults.ContainsSyntheticMedia),
            license,
            Flag("embeddable", defaults.Embeddable),
            category,
            language,
            captions,
            captionsExplicit,
            thumbnail);
        return (problems.HasErrors ? null : settings, problems.ToSortedList());
    }

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
