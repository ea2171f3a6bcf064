using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Audio.Analysis;
using LegacyPress.Render.Audio.Generated;
using LegacyPress.Render.Audio.Speech;

namespace LegacyPress.Release.Preparation;

/// <summary>The outcome of preparing a film: the prepared film, or the planning problems the measured voice caused.</summary>
public sealed record PreparationResult(FilmCut? Cut, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Ok => Cut is not null;
}

/// <summary>
/// Speaks the narration first and plans afterwards, so <c>duration: auto</c> shots are fitted to the voice the
/// audience will hear rather than to a word-count estimate; listens to the music first too, so cuts can go to its
/// beats; and makes the chosen take of every generated sound effect, so the mix only reads files.
/// </summary>
/// <param name="effects">What makes generated effects; null for a film known to have none (their cues are then left silent).</param>
public sealed class FilmPreparer(NarrationSynthesizer synthesizer, GeneratedEffects? effects = null)
{
    /// <exception cref="SpeechSynthesisException">A line could not be spoken (engine missing, API refused…).</exception>
    /// <exception cref="SoundGenerationException">A generated effect's take could not be made.</exception>
    public async Task<PreparationResult> PrepareAsync(Film film, CancellationToken cancellation)
    {
        if (effects is not null)
        {
            film = await effects.MakeAsync(film, cancellation).ConfigureAwait(false);
        }
        var spoken = await synthesizer.SynthesizeAsync(film, cancellation).ConfigureAwait(false);
        var (measured, unheard) = await FilmMusicListening.ListenAsync(NarrationSynthesizer.WithMeasuredNarration(film, spoken), cancellation).ConfigureAwait(false);
        var planned = TimelinePlanner.Plan(measured);
        if (!planned.Ok || unheard.Count > 0)
        {
            return new PreparationResult(null, unheard.Concat(planned.Diagnostics).ToList());
        }
        return new PreparationResult(new FilmCut(measured, planned.Timeline!, NarrationFiles(measured, spoken)), []);
    }

    /// <summary>Recorded narration by its project path, synthesised narration by its cache file.</summary>
    public static IReadOnlyDictionary<string, string> NarrationFiles(Film film, IEnumerable<SynthesizedNarration> spoken)
    {
        var files = spoken.ToDictionary(s => s.ShotId, s => s.AudioPath, StringComparer.Ordinal);
        foreach (var shot in film.Shots)
        {
            if (shot.Narration?.AudioPath is { } recorded)
            {
                files[shot.Id] = film.Project.Resolve(recorded);
            }
        }
        return files;
    }
}
