using System.Text.RegularExpressions;
using LegacyPress.Core.Platforms;

namespace LegacyPress.Promo.Text;

/// <summary>
/// How each platform measures text against its limits: characters, UTF-8 bytes, X's weighted length. YouTube's
/// tag total is counted where its limits live (<see cref="LegacyPress.Core.Platforms.YouTubeLimits.TagsLength"/>).
/// </summary>
public static partial class TextCounters
{
    /// <summary>What X links count as, however long: every URL is shortened to a t.co link of 23 characters.</summary>
    public const int XUrlLength = 23;

    /// <summary>User-perceived characters (grapheme clusters): what Instagram and YouTube titles count.</summary>
    /// <remarks>The one rule lives with YouTube's limits, so Promo writes texts by the count Publish checks them with.</remarks>
    public static int Characters(string text) => YouTubeLimits.Characters(text);

    public static int Utf8Bytes(string text) => System.Text.Encoding.UTF8.GetByteCount(text);

    /// <summary>
    /// X's weighted length (twitter-text v3): code points in the Latin, punctuation and symbol ranges weigh 1,
    /// all others (CJK, emoji) weigh 2, and each URL weighs <see cref="XUrlLength"/>.
    /// </summary>
    public static int XWeightedLength(string text)
    {
        var total = 0;
        var last = 0;
        foreach (Match url in UrlPattern().Matches(text))
        {
            total += WeighCodePoints(text[last..url.Index]) + XUrlLength;
            last = url.Index + url.Length;
        }
        return total + WeighCodePoints(text[last..]);
    }

    /// <summary>Words as a reader counts them: runs of non-space characters.</summary>
    public static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The non-blank lines of a text, trimmed: items of a one-per-line list.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    public static int Hashtags(string text) => HashtagPattern().Count(text);

    public static IEnumerable<string> Urls(string text) => UrlPattern().Matches(text).Select(m => m.Value);

    private static int WeighCodePoints(string text)
    {
        var weight = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            var light = v is <= 4351 or (>= 8192 and <= 8205) or (>= 8208 and <= 8223) or (>= 8242 and <= 8247);
            weight += light ? 1 : 2;
        }
        return weight;
    }

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:!?)\]']", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?<![\w&])#[\p{L}\p{N}_]+", RegexOptions.CultureInvariant)]
    private static partial Regex HashtagPattern();
}
