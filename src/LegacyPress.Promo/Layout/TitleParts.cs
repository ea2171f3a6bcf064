namespace LegacyPress.Promo.Layout;

/// <summary>Where a title's main part ends and its subtitle starts: the lock-up's big and small lines, and the first line break of a long title.</summary>
public static class TitleParts
{
    private static readonly string[] Separators = [": ", " — ", " – ", " - "];

    /// <summary>"Legacy: Journey Between Worlds" → ("Legacy", "Journey Between Worlds"); a title without a separator has no subtitle.</summary>
    public static (string Main, string? Sub) Split(string title)
    {
        foreach (var separator in Separators)
        {
            var at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at + separator.Length < title.Length)
            {
                return (title[..at].Trim(), title[(at + separator.Length)..].Trim());
            }
        }
        return (title, null);
    }
}
