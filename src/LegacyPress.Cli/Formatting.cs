using System.Globalization;

namespace LegacyPress.Cli;

/// <summary>How times and numbers look in the CLI's tables and messages.</summary>
public static class Formatting
{
    /// <summary>m:ss.fff, the way editors show timeline positions.</summary>
    public static string Clock(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Max(0, seconds));
        return t.TotalHours >= 1
            ? t.ToString(@"h\:mm\:ss\.fff", CultureInfo.InvariantCulture)
            : t.ToString(@"m\:ss\.fff", CultureInfo.InvariantCulture);
    }

    public static string Seconds(double seconds) => seconds.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The first words of a line, for a table cell.</summary>
    public static string Excerpt(string? text, int max = 48)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..(max - 1)].TrimEnd() + "…";
    }
}
