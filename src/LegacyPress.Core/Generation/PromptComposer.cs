using LegacyPress.Core.Model;

namespace LegacyPress.Core.Generation;

/// <summary>
/// What one shot's still is asked for: the prompt and negative prompt a service is sent, its seed, and the reference
/// stills (project-relative) that keep its characters and place consistent, characters' first.
/// </summary>
public sealed record ComposedPrompt(string ShotId, string Prompt, string NegativePrompt, long Seed, IReadOnlyList<string> References);

/// <summary>
/// Pure and deterministic: composes a shot's prompt from the bible — style, then place, then characters in the order
/// the shot names them, then the shot's own prompt — joined by ", " with each piece trimmed and said once, so the same
/// film.yaml always sends the same words (and so hits the same cache entries). The seed is the shot's own, else its
/// first character's that has one (a recurring face keeps its noise), else one derived from the shot id alone, so
/// reordering shots or editing another shot's prompt never changes it.
/// </summary>
public static class PromptComposer
{
    public static ComposedPrompt Compose(Film film, Shot shot) => Compose(film.Bible, shot);

    public static ComposedPrompt Compose(PromptBible bible, Shot shot)
    {
        var characters = shot.Characters.Select(id => bible.Characters.GetValueOrDefault(id)).OfType<BibleEntry>().ToList();
        var place = shot.Place is { } p ? bible.Places.GetValueOrDefault(p) : null;
        var pieces = new List<string?> { bible.Style.Prompt, place?.Description };
        pieces.AddRange(characters.Select(c => c.Description));
        pieces.Add(shot.Prompt);
        var references = characters.SelectMany(c => c.ReferencePaths)
            .Concat(place?.ReferencePaths ?? [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var seed = shot.Seed ?? characters.Select(c => c.Seed).FirstOrDefault(s => s is not null) ?? SeedOf(shot.Id);
        return new ComposedPrompt(shot.Id, Join(pieces), Join([bible.Style.NegativePrompt]), seed, references);
    }

    /// <summary>A seed from the shot id alone (FNV-1a, 31 bits so every service takes it and seed + candidate stays in range).</summary>
    public static long SeedOf(string shotId)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(shotId))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }
        return hash & 0x7FFF_FFFF;
    }

    private static string Join(IEnumerable<string?> pieces)
    {
        var said = new List<string>();
        foreach (var piece in pieces)
        {
            var clean = piece?.Trim().TrimEnd(',', ';', '.').Trim();
            if (!string.IsNullOrEmpty(clean) && !said.Contains(clean, StringComparer.OrdinalIgnoreCase))
            {
                said.Add(clean);
            }
        }
        return string.Join(", ", said);
    }
}
