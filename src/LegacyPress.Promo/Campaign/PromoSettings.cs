using System.Globalization;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;

namespace LegacyPress.Promo.Campaign;

/// <summary>
/// The film's <c>promo:</c> section: which shot is the key art (and the portrait key art for posters and stories), the video's address, extra hashtags and tags,
/// festival laurels ("OFFICIAL SELECTION|Festival 2026"), the shots of the press kit's stills gallery and the short title
/// assets fall back on when the title does not fit.
/// Read once from the free section film.yaml keeps for promo; every problem is reported at its key or value.
/// </summary>
public sealed record PromoSettings(string? KeyArtShotId, string? PortraitKeyArtShotId, string? VideoUrl, IReadOnlyList<string> Hashtags, IReadOnlyList<string> Tags, IReadOnlyList<string> Laurels)
{
    public static PromoSettings Default { get; } = new(null, null, null, [], [], []);

    /// <summary>The shot ids of <c>promo.stills</c> in the order written; empty when the press kit chooses its own.</summary>
    public IReadOnlyList<string> StillShotIds { get; init; } = [];

    /// <summary><c>promo.short_title</c>: what layers that show the title set instead when the whole title does not fit their box.</summary>
    public string? ShortTitle { get; init; }

    /// <summary>Every key the section may hold, as the docs and the schema list them.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["key_art", "key_art_portrait", "video_url", "hashtags", "tags", "laurels", "stills", "short_title"];

    public static (PromoSettings Settings, IReadOnlyList<Diagnostic> Problems) From(Film film)
    {
        var reader = new Reader(film);
        foreach (var key in film.Promo.Values.Keys.Where(k => !Keys.Contains(k)))
        {
            reader.Problem(film.Promo.KeyLocationOf(key), $"unknown key '{key}'{DidYouMean.Hint(key, Keys)}");
        }
        var settings = new PromoSettings(
            reader.ShotId("key_art"),
            reader.ShotId("key_art_portrait"),
            reader.WebAddress("video_url"),
            reader.List("hashtags").Select(h => h.TrimStart('#')).ToList(),
            reader.List("tags"),
            reader.List("laurels"))
        {
            StillShotIds = reader.ShotIds("stills"),
            ShortTitle = reader.NonBlankText("short_title"),
        };
        return (settings, reader.Problems.ToSortedList());
    }

    /// <summary>Reads values of the section, reporting each bad one at its own place and treating it as absent.</summary>
    private sealed class Reader(Film film)
    {
        private readonly FreeSection section = film.Promo;

        public DiagnosticBag Problems { get; } = new();

        private SourceLocation At(string path) => section.LocationOf(path) ?? new SourceLocation(film.Project.FilePath, 1, 1);

        public void Problem(SourceLocation? at, string message) => Problems.Add(at ?? At(""), $"promo: {message}");

        public string? Text(string key)
        {
            switch (Value(key))
            {
                case null:
                    return null;
                case string s:
                    return s;
                case var other:
                    Problem(At(key), $"'{key}' must be text, got {Describe(other)}");
                    return null;
            }
        }

        /// <summary>Text with something in it, trimmed; a blank one is reported and treated as absent.</summary>
        public string? NonBlankText(string key)
        {
            var text = Text(key);
            if (text is not null && string.IsNullOrWhiteSpace(text))
            {
                Problem(At(key), $"'{key}' is empty");
                return null;
            }
            return text?.Trim();
        }

        public string? ShotId(string key) => Text(key) is { } id && KnownShot(id, key, key) ? id : null;

        /// <summary>An absolute http(s) address: what a QR code and a description link can be opened with.</summary>
        public string? WebAddress(string key)
        {
            var text = Text(key);
            if (text is null)
            {
                return null;
            }
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            {
                Problem(At(key), $"'{key}' must be an absolute http(s) URL, got '{text}'");
                return null;
            }
            return text;
        }

        /// <summary>A list of text; a single text is a list of one. Bad and empty items are reported at the item.</summary>
        public IReadOnlyList<string> List(string key) => Items(key).Select(i => i.Text).ToList();

        /// <summary>A list of the film's shot ids, each known and listed once.</summary>
        public IReadOnlyList<string> ShotIds(string key)
        {
            if (Value(key) is IEnumerable<object?> written && !written.Any())
            {
                Problem(At(key), $"'{key}' lists no shots; leave it out to use the trailer shots");
                return [];
            }
            var ids = new List<string>();
            foreach (var (id, path) in Items(key))
            {
                if (!KnownShot(id, key, path))
                {
                    continue;
                }
                if (ids.Contains(id, StringComparer.Ordinal))
                {
                    Problem(At(path), $"'{key}' lists shot '{id}' twice");
                    continue;
                }
                ids.Add(id);
            }
            return ids;
        }

        /// <summary>The text items of a list with the dotted path of each (<c>stills.2</c>), so problems point at the item.</summary>
        private List<(string Text, string Path)> Items(string key)
        {
            var items = new List<(string, string)>();
            switch (Value(key))
            {
                case null:
                    break;
                case string s:
                    if (NotBlank(s, key))
                    {
                        items.Add((s, key));
                    }
                    break;
                case IEnumerable<object?> written:
                    var index = 0;
                    foreach (var item in written)
                    {
                        var path = $"{key}.{index++.ToString(CultureInfo.InvariantCulture)}";
                        if (item is not string text)
                        {
                            Problem(At(path), $"items of '{key}' must be text, got {Describe(item)}");
                        }
                        else if (NotBlank(text, path))
                        {
                            items.Add((text, path));
                        }
                    }
                    break;
                case var other:
                    Problem(At(key), $"'{key}' must be a list of text, got {Describe(other)}");
                    break;
            }
            return items;
        }

        private bool KnownShot(string id, string key, string path)
        {
            if (film.Shots.Any(s => s.Id == id))
            {
                return true;
            }
            Problem(At(path), $"{key} names shot '{id}', which the film does not have{DidYouMean.Hint(id, film.Shots.Select(s => s.Id))}");
            return false;
        }

        private bool NotBlank(string text, string path)
        {
            if (!string.IsNullOrWhiteSpace(text.TrimStart('#')))
            {
                return true;
            }
            Problem(At(path), $"'{path}' is empty");
            return false;
        }

        private object? Value(string key) => section.Values.TryGetValue(key, out var value) ? value : null;

        private static string Describe(object? value) => value switch
        {
            IReadOnlyDictionary<string, object?> => "a mapping",
            IEnumerable<object?> => "a list",
            _ => "nothing",
        };
    }
}
