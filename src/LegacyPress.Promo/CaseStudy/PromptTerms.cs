using System.Text.RegularExpressions;
using LegacyPress.Core.Model;

namespace LegacyPress.Promo.CaseStudy;

/// <summary>What a recurring prompt term describes: who is in the film, what it is made of, or how it looks.</summary>
public enum PromptTermKind
{
    Character,
    Motif,
    Style,
}

/// <summary>A word or phrase reused across shots' image prompts, with the shots it appears in, in film order.</summary>
public sealed record PromptTerm(string Term, PromptTermKind Kind, IReadOnlyList<string> ShotIds);

/// <summary>
/// The film's prompt "bible": the characters, motifs and style terms its image prompts repeat — what kept a dozen
/// generated stills looking like one film. Pure: phrases of one to three words (not starting or ending on a little
/// word) that occur in at least two shots' prompts; a shorter phrase is dropped when a longer one covers exactly the
/// same shots ("brass device" keeps, "device" goes if it never appears without "brass").
/// </summary>
public static partial class PromptTerms
{
    private const int MaxWords = 3;
    private const int MinShots = 2;

    private static readonly HashSet<string> LittleWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "and", "or", "with", "into", "onto", "from", "to", "by", "for", "seen",
        "its", "his", "her", "their", "through", "between", "under", "over", "inside", "like", "shot", "tall", "two",
    };

    private static readonly HashSet<string> CharacterWords = new(StringComparer.Ordinal)
    {
        "boy", "girl", "man", "woman", "child", "inventor", "grandfather", "grandson", "old", "silhouette", "figure", "people", "portrait", "person",
    };

    private static readonly HashSet<string> StyleWords = new(StringComparer.Ordinal)
    {
        "steampunk", "cinematic", "concept", "art", "painting", "oil", "light", "lights", "glow", "glowing", "warm", "cold", "dramatic", "golden",
        "hour", "teal", "violet", "cyan", "amber", "magical", "macro", "wide", "composition", "dusk", "dawn", "night", "sunrise", "hopeful",
        "dark", "candle", "rays", "fantasy", "lit", "vertical",
    };

    public static IReadOnlyList<PromptTerm> Build(IEnumerable<Shot> shots)
    {
        var prompted = shots.Where(s => !string.IsNullOrWhiteSpace(s.Prompt)).ToList();
        var order = prompted.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var where = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var shot in prompted)
        {
            foreach (var phrase in Phrases(shot.Prompt!))
            {
                if (!where.TryGetValue(phrase, out var set))
                {
                    where[phrase] = set = [];
                }
                set.Add(order[shot.Id]);
            }
        }
        var recurring = where.Where(kv => kv.Value.Count >= MinShots).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var kept = recurring
            .Where(kv => !recurring.Any(other => other.Key.Length > kv.Key.Length && ContainsPhrase(other.Key, kv.Key) && other.Value.SetEquals(kv.Value)))
            .Select(kv => new PromptTerm(kv.Key, Kind(kv.Key), kv.Value.Select(i => prompted[i].Id).ToList()))
            .OrderBy(t => t.Kind)
            .ThenByDescending(t => t.ShotIds.Count)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .ToList();
        return kept;
    }

    /// <summary>The distinct 1–3 word phrases of a prompt, never across a comma.</summary>
    internal static IEnumerable<string> Phrases(string prompt)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in prompt.ToLowerInvariant().Split([',', ';', '.', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            var words = Word().Matches(clause).Select(m => m.Value.Trim('\'')).Where(w => w.Length > 0).ToList();
            for (var start = 0; start < words.Count; start++)
            {
                for (var n = 1; n <= MaxWords && start + n <= words.Count; n++)
                {
                    var first = words[start];
                    var last = words[start + n - 1];
                    if (LittleWords.Contains(first) || LittleWords.Contains(last) || first.Length < 3 && n == 1)
                    {
                        continue;
                    }
                    found.Add(string.Join(' ', words.Skip(start).Take(n)));
                }
            }
        }
        return found;
    }

    private static bool ContainsPhrase(string longer, string shorter) =>
        $" {longer} ".Contains($" {shorter} ", StringComparison.Ordinal);

    private static PromptTermKind Kind(string term)
    {
        var words = term.Split(' ');
        if (words.Any(CharacterWords.Contains))
        {
            return PromptTermKind.Character;
        }
        return words.Where(w => !LittleWords.Contains(w)).All(StyleWords.Contains) ? PromptTermKind.Style : PromptTermKind.Motif;
    }

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Word();
}
