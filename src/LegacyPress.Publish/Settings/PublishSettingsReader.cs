using LegacyPress.Core.Platforms;
using System.Globalization;
using System.Text.RegularExpressions;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Generation;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Publish.YouTube;

namespace LegacyPress.Publish.Settings;

/// <summary>
/// Reads film.yaml <c>publish.youtube</c> into <see cref="YouTubeSettings"/>, reporting every bad key and value at its
/// file:line:col. Pure validation of the section: no network, no artifacts folder; the current time is passed in by
/// the caller (the command line's edge), so a scheduled time can be judged without this code reading a clock.
/// </summary>
public static partial class PublishSettingsReader
{
    private const string Prefix = "youtube";

    /// <summary>The platforms <c>publish:</c> may name.</summary>
    public static IReadOnlyList<string> Platforms { get; } = [Prefix];

    /// <summary>Every key <c>publish.youtube</c> may hold, as the docs and the schema list them.</summary>
    public static IReadOnlyList<string> YouTubeKeys { get; } =
        ["privacy", "publish_at", "playlist", "made_for_kids", "synthetic_media", "license", "embeddable", "category", "default_language", "captions", "thumbnail"];

    private static readonly IReadOnlyDictionary<string, Privacy> PrivacyNames = new Dictionary<string, Privacy>
    {
        ["private"] = Privacy.Private, ["unlisted"] = Privacy.Unlisted, ["public"] = Privacy.Public,
    };

    private static readonly IReadOnlyDictionary<string, VideoLicense> LicenseNames = new Dictionary<string, VideoLicense>
    {
        ["youtube"] = VideoLicense.YouTube, ["creative-commons"] = VideoLicense.CreativeCommon, ["creativecommon"] = VideoLicense.CreativeCommon,
    };

    // ISO 8601 / RFC 3339 date and time with an offset; seconds and fractions optional.
    private static readonly string[] InstantFormats = ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"];

    /// <summary>
    /// How far ahead <c>publish_at</c> must lie: the upload and the calls after it take a while, and YouTube refuses a
    /// scheduled time that has passed by the time it reads it.
    /// </summary>
    public static TimeSpan PublishAtMinimumLead { get; } = TimeSpan.FromMinutes(2);

    public static (YouTubeSettings? Settings, IReadOnlyList<Diagnostic> Diagnostics) Read(Film film, DateTimeOffset now) => Read(film, now, YouTubeLimits.Default);

    public static (YouTubeSettings? Settings, IReadOnlyList<Diagnostic> Diagnostics) Read(Film film, DateTimeOffset now, YouTubeLimits limits)
    {
        var section = film.Publish;
        var problems = new DiagnosticBag();
        var defaults = YouTubeSettings.Defaults(film.Metadata.Language);
        var fallback = section.Location ?? new SourceLocation(film.Project.FilePath, 1, 1);
        SourceLocation At(string key) => section.LocationOf(key.Length == 0 ? Prefix : $"{Prefix}.{key}") ?? fallback;

        foreach (var platform in section.Values.Keys.Where(k => !Platforms.Contains(k)))
        {
            problems.Add(section.KeyLocationOf(platform) ?? fallback, $"publish: unknown platform '{platform}' (supported: youtube){DidYouMean.Hint(platform, Platforms)}");
        }
        if (!section.Values.TryGetValue(Prefix, out var raw) || raw is null)
        {
            return (problems.HasErrors ? null : defaults, problems.ToSortedList());
        }
        if (raw is not IReadOnlyDictionary<string, object?> values)
        {
            problems.Add(At(""), $"publish.youtube must be a mapping of settings, got {Describe(raw)}");
            return (null, problems.ToSortedList());
        }
        foreach (var key in values.Keys.Where(k => !YouTubeKeys.Contains(k)))
        {
            problems.Add(section.KeyLocationOf($"{Prefix}.{key}") ?? At(key), $"publish.youtube: unknown key '{key}'{DidYouMean.Hint(key, YouTubeKeys)}");
        }

        string? Text(string key)
        {
            if (!values.TryGetValue(key, out var v) || v is null) return null;
            if (v is string s) return s;
            problems.Add(At(key), $"publish.youtube.{key} must be a single value, got {Describe(v)}");
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

        var privacy = Choice("privacy", defaults.Privacy, PrivacyNames);
        var license = Choice("license", defaults.License, LicenseNames);

        DateTimeOffset? publishAt = null;
        if (Text("publish_at") is { } when)
        {
            // The API wants an absolute instant; a time without an offset would depend on the publishing machine's zone.
            if (Instant(when) is not { } parsed)
            {
                problems.Add(At("publish_at"), $"publish.youtube.publish_at: '{when}' is not an ISO 8601 date and time with an offset (e.g. 2026-12-12T18:00:00+01:00 or ...Z)");
            }
            else
            {
                publishAt = parsed;
                if (ScheduleProblem(parsed, now) is { } tooEarly)
                {
                    problems.Add(At("publish_at"), tooEarly);
                }
                if (values.TryGetValue("privacy", out var p) && p is string ps && ps.Trim().ToLowerInvariant() != "private")
                {
                    problems.Add(At("privacy"), $"publish.youtube: a scheduled video (publish_at) must be private until it goes live; remove privacy: {ps} or set it to private");
                }
            }
        }

        string? playlist = null;
        if (Text("playlist") is { } playlistText)
        {
            playlist = playlistText.Trim();
            if (playlist.Length == 0)
            {
                problems.Add(At("playlist"), "publish.youtube.playlist is empty; leave it out to add the video to no playlist");
            }
            else if (YouTubeLimits.Characters(playlist) is var playlistCharacters && playlistCharacters > limits.PlaylistTitleMaxCharacters)
            {
                problems.Add(At("playlist"), $"publish.youtube.playlist: the title has {playlistCharacters} characters; YouTube allows {limits.PlaylistTitleMaxCharacters}");
            }
        }

        var category = defaults.Category;
        if (Text("category") is { } categoryText)
        {
            if (YouTubeCategories.Find(categoryText) is { } found)
            {
                category = found;
            }
            else
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
            var list = new List<string>();
            IReadOnlyList<object?> items = rawCaptions switch
            {
                string one => [one],
                IEnumerable<object?> many => many.ToList(),
                _ => [],
            };
            if (rawCaptions is not (string or IEnumerable<object?>))
            {
                problems.Add(At("captions"), $"publish.youtube.captions must be a list of language tags, e.g. [en, de], got {Describe(rawCaptions)}");
            }
            for (var i = 0; i < items.Count; i++)
            {
                var at = rawCaptions is string ? At("captions") : section.LocationOf($"{Prefix}.captions.{i.ToString(CultureInfo.InvariantCulture)}") ?? At("captions");
                if (items[i] is not string tag)
                {
                    problems.Add(at, $"publish.youtube.captions: items must be language tags like en or pt-BR, got {Describe(items[i])}");
                }
                else if (!LanguageTag().IsMatch(tag))
                {
                    problems.Add(at, $"publish.youtube.captions: '{tag}' is not a language tag like en or pt-BR");
                }
                else if (!list.Contains(tag, StringComparer.OrdinalIgnoreCase))
                {
                    list.Add(tag);
                }
            }
            captions = list;
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
            else if (ProjectPaths.RegularFileProblem(full!) is { } notRegular)
            {
                problems.Add(At("thumbnail"), $"publish.youtube.thumbnail '{thumbnailPath}' {notRegular}");
            }
            else if (Path.GetExtension(full).ToLowerInvariant() is not (".jpg" or ".jpeg" or ".png"))
            {
                problems.Add(At("thumbnail"), $"publish.youtube.thumbnail: '{thumbnailPath}' is not a JPEG or PNG; YouTube takes only those");
            }
            else if (new FileInfo(full).Length is var bytes && bytes > limits.ThumbnailMaxBytes)
            {
                problems.Add(At("thumbnail"), $"publish.youtube.thumbnail: '{thumbnailPath}' is {bytes:N0} bytes; YouTube accepts at most {limits.ThumbnailMaxBytes:N0}");
            }
            else
            {
                thumbnail = full;
            }
        }

        // The AI disclosure follows provenance: a film whose stills were generated here cannot be published as not synthetic.
        bool Disclosed(bool synthetic)
        {
            if (!synthetic && UndisclosedGeneration(film) is { } undisclosed)
            {
                problems.Add(At("synthetic_media"), undisclosed);
            }
            return synthetic;
        }

        var settings = new YouTubeSettings(
            privacy,
            publishAt,
            playlist is { Length: > 0 } ? playlist : null,
            Flag("made_for_kids", defaults.MadeForKids),
            Disclosed(Flag("synthetic_media", defaults.ContainsSyntheticMedia)),
            license,
            Flag("embeddable", defaults.Embeddable),
            category,
            language,
            captions,
            captionsExplicit,
            thumbnail);
        return (problems.HasErrors ? null : settings, problems.ToSortedList());
    }

    /// <summary>Why <c>synthetic_media: false</c> would misstate how the film was made, or null when it does not.</summary>
    private static string? UndisclosedGeneration(Film film)
    {
        try
        {
            return GeneratedStills.Phrase(film, ProvenanceFile.Read(film.Project.Directory)) is { } generated
                ? $"publish.youtube.synthetic_media is false, but {ProvenanceFile.RelativePath} records {generated}; YouTube's altered or synthetic content disclosure must be true for them (remove the line: it defaults to true)"
                : null;
        }
        catch (ProvenanceException e)
        {
            return e.Message;
        }
    }

    /// <summary>Why <paramref name="publishAt"/> cannot be scheduled at <paramref name="now"/>, or null when it can.</summary>
    private static string? ScheduleProblem(DateTimeOffset publishAt, DateTimeOffset now)
    {
        // Both shown in the offset the user wrote, to the second, so the two read side by side.
        string Show(DateTimeOffset t) => t.ToOffset(publishAt.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        if (publishAt <= now)
        {
            return $"publish.youtube.publish_at: {Show(publishAt)} is in the past (now {Show(now)}); YouTube refuses a scheduled time that has passed";
        }
        if (publishAt - now < PublishAtMinimumLead)
        {
            return $"publish.youtube.publish_at: {Show(publishAt)} is too soon (now {Show(now)}); schedule it at least {PublishAtMinimumLead.TotalMinutes:0} minutes ahead, since the upload takes time and YouTube refuses a scheduled time that has passed";
        }
        return null;
    }

    /// <summary>An ISO 8601 date and time with an offset (<c>Z</c>, <c>+01:00</c> or <c>+0100</c>), or null.</summary>
    private static DateTimeOffset? Instant(string text)
    {
        var match = InstantShape().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }
        var offset = match.Groups["offset"].Value.ToUpperInvariant() switch
        {
            "Z" => "+00:00",
            var o when o.Length == 5 => o[..3] + ":" + o[3..],
            var o => o,
        };
        var normalised = match.Groups["local"].Value.ToUpperInvariant() + offset;
        return DateTimeOffset.TryParseExact(normalised, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
    }

    private static string Describe(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> => "a mapping",
        IEnumerable<object?> => "a list",
        null => "nothing",
        _ => $"'{value}'",
    };

    [GeneratedRegex(@"^(?<local>\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?)(?<offset>[Zz]|[+-]\d{2}:?\d{2})$")]
    private static partial Regex InstantShape();

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
