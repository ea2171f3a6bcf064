using System.Text.RegularExpressions;

namespace LegacyPress.Core.Loading;

/// <summary>
/// A value that becomes one file or folder name (the release version's <c>artifacts/&lt;version&gt;/</c>, a promo
/// template's asset name): letters, digits and <c>. _ + -</c>, starting with a letter or digit, no <c>..</c>, at most
/// <see cref="MaxLength"/> characters — so it can never be a path, climb out, or hide as a dot-file.
/// </summary>
public static partial class PathSegment
{
    public const int MaxLength = 64;

    /// <summary>Why <paramref name="value"/> cannot name a file or folder; null when it can.</summary>
    public static string? Problem(string value)
    {
        if (value.Length == 0)
        {
            return "is empty";
        }
        if (value.Length > MaxLength)
        {
            return $"is {value.Length} characters long; at most {MaxLength}";
        }
        if (!Pattern().IsMatch(value) || value.Contains("..", StringComparison.Ordinal))
        {
            return "must be one file name: letters, digits and . _ + - (starting with a letter or digit, no '..', no '/')";
        }
        return null;
    }

    public static bool IsSafe(string value) => Problem(value) is null;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._+-]*$")]
    private static partial Regex Pattern();
}
