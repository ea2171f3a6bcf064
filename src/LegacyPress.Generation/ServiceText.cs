namespace LegacyPress.Generation;

/// <summary>
/// What a service said, made fit for a message to the user: one line, a readable length, and never the API key
/// (servers have been known to echo it back in an error).
/// </summary>
internal static class ServiceText
{
    private const int MaxLength = 400;

    public const string Redacted = "***";

    public static string Clean(string text, string? secret)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (!string.IsNullOrEmpty(secret))
        {
            line = line.Replace(secret, Redacted, StringComparison.Ordinal);
        }
        return line.Length <= MaxLength ? line : line[..MaxLength] + "…";
    }
}
