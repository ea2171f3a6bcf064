using LegacyPress.Core.Model;

namespace LegacyPress.Core.Generation;

/// <summary>
/// Pure: which of the film's stills <c>images/provenance.json</c> records as generated, and a phrase for them, so the
/// press kit, the case study and publishing's disclosure say the same thing about how the pictures were made.
/// </summary>
public static class GeneratedStills
{
    /// <summary>Each shot whose still is recorded as generated, in film order, with its record.</summary>
    public static IReadOnlyList<(Shot Shot, StillProvenance Record)> Shown(Film film, IReadOnlyDictionary<string, StillProvenance> provenance) =>
        film.Shots
            .Select(s => (Shot: s, Record: provenance.GetValueOrDefault(Normal(s.ImagePath))))
            .Where(s => s.Record is not null)
            .Select(s => (s.Shot, s.Record!))
            .ToList();

    /// <summary>"18 of 18 stills generated with comfyui (sdxl_base_1.0.safetensors)", or null when none was.</summary>
    public static string? Phrase(Film film, IReadOnlyDictionary<string, StillProvenance> provenance)
    {
        var shown = Shown(film, provenance);
        if (shown.Count == 0)
        {
            return null;
        }
        var count = film.Shots.Count();
        var tools = shown.GroupBy(s => (s.Record.Backend, s.Record.Model)).OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key.Backend} ({g.Key.Model})");
        return $"{shown.Count} of {count} {(count == 1 ? "still" : "stills")} generated with {string.Join(", ", tools)}";
    }

    // film.yaml may write "./images/a.png" or "images\a.png"; provenance keys are "images/a.png".
    private static string Normal(string path) => path.Replace('\\', '/').TrimStart('.', '/');
}
