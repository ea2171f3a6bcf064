namespace LegacyPress.Core.Model;

/// <summary>What the film is and who made it: the words every promo asset and document quotes.</summary>
public sealed record FilmMetadata(
    string Title,
    string? Tagline,
    string? Logline,
    string? Synopsis,
    string Version,
    DateOnly? ReleaseDate,
    string Language,
    IReadOnlyList<string> Genres,
    IReadOnlyList<Credit> Credits,
    Contact? Contact,
    IReadOnlyList<Link> Links);

/// <summary>One credited role and the people in it, in billing order.</summary>
public sealed record Credit(string Role, IReadOnlyList<string> Names);

/// <summary>Who to write to about the film.</summary>
public sealed record Contact(string? Name, string? Email, string? Website, string? Phone);

/// <summary>A named link (website, trailer, film page).</summary>
public sealed record Link(string Name, string Url);
