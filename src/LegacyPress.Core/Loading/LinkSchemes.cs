namespace LegacyPress.Core.Loading;

/// <summary>
/// Which addresses may become clickable in a document LegacyPress writes: web (http, https) and mail (mailto) only.
/// Anything else (javascript:, file:, data:, tel:, a relative path) is shown as text at most.
/// </summary>
public static class LinkSchemes
{
    public static IReadOnlyList<string> Clickable { get; } = ["http", "https", "mailto"];

    /// <summary>An absolute http(s) address with a host.</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 && url.Trim() == url;

    /// <summary>True when <paramref name="url"/> may be a link annotation in a PDF.</summary>
    public static bool IsClickable(string url)
    {
        if (IsWebAddress(url))
        {
            return true;
        }
        return url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && url.Length > "mailto:".Length && !url.Any(char.IsControl);
    }

    /// <summary>The scheme as written (<c>javascript</c>), or null for a relative reference.</summary>
    public static string? SchemeOf(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }
        var scheme = url[..colon];
        return scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(scheme[0]) ? scheme : null;
    }
}
