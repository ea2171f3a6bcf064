using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Speech;

namespace LegacyPress.Release.Checking;

/// <summary>
/// Every voice a line of narration is spoken with, checked by its engine without speaking (unknown settings, values
/// out of range, a voice espeak-ng does not have), at the setting's file:line:col — so <c>check</c> finds what would
/// otherwise stop a render at its first line.
/// </summary>
internal static class VoiceCheck
{
    public static async Task<IReadOnlyList<Diagnostic>> RunAsync(Film film, SpeechEngines engines, CancellationToken cancellation)
    {
        var problems = new DiagnosticBag();
        // Only voices that speak: a voice defined and never used cannot fail a render, and a recording needs no voice.
        foreach (var speakers in film.Shots.Where(s => s.Narration is { Text: not null }).GroupBy(s => s.Narration!.VoiceId, StringComparer.Ordinal))
        {
            if (!film.Voices.TryGetValue(speakers.Key, out var voice))
            {
                // The loader has reported the unknown voice at the narration already.
                continue;
            }
            foreach (var problem in await engines.CheckAsync(voice, cancellation).ConfigureAwait(false))
            {
                // The built-in narrator has no place in film.yaml: its problems are shown at the first shot it speaks.
                problems.Add(voice.LocationOf(problem.Setting) ?? speakers.First().Location, problem.Message);
            }
        }
        return problems.ToSortedList();
    }
}
