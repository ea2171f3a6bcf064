using System.Text.RegularExpressions;

namespace LegacyPress.Core.Trailer;

/// <summary>
/// Splits narration into whole sentences, the only unit the trailer may lift out of a line: a sentence
/// ends a breath, so spoken alone it never starts or stops mid-word. Same boundary rule as the captions.
/// </summary>
public static partial class Sentences
{
    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        return SentenceEnd().Split(Normalize(text)).Where(s => s.Length > 0).ToList();
    }

    /// <summary>Whitespace collapsed to single spaces, so a line quoted in film.yaml matches however it was wrapped.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text.Trim(), " ");

    /// <summary>Words in a sentence, for picking short punchy lines.</summary>
    public static int Words(string sentence) => Whitespace().Split(sentence.Trim()).Count(w => w.Length > 0);

    // A closing quote or bracket may follow the stop: "…go on, then." she said.
    [GeneratedRegex(@"(?<=[.!?…][""'”’)]*)\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
