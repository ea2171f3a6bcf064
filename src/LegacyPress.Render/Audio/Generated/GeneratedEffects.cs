using LegacyPress.Core.Model;

namespace LegacyPress.Render.Audio.Generated;

/// <summary>
/// Makes (or finds in the cache) the chosen take of every generated sound effect in a film, before planning, the way
/// narration is spoken first: the film that comes back names each take's file, so the mix only reads files.
/// </summary>
public sealed class GeneratedEffects(GeneratedSoundCache cache, IProgress<string>? progress = null)
{
    /// <summary>The film with <see cref="GeneratedSound.AudioPath"/> filled in for every generated effect.</summary>
    /// <exception cref="SoundGenerationException">A take could not be made; the message names its shot and sfx.</exception>
    public async Task<Film> MakeAsync(Film film, CancellationToken ct)
    {
        var takes = new Dictionary<GeneratedSound, string>();
        foreach (var cue in GeneratedSoundCue.In(film))
        {
            var sound = cue.Sound;
            try
            {
                var made = await cache.GetOrGenerateAsync(sound, sound.Take, ct).ConfigureAwait(false);
                takes[sound] = made.FilePath;
                progress?.Report($"sound {cue.Id}: \"{sound.Text}\" take {sound.Take} {(made.FromCache ? "cached" : "generated with elevenlabs")}");
            }
            catch (SoundGenerationException e)
            {
                throw new SoundGenerationException($"shot '{cue.ShotId}' sfx {cue.SfxNumber}: {e.Message}", e);
            }
        }
        return takes.Count == 0 ? film : WithTakes(film, takes);
    }

    /// <summary>The film with each generated effect's take file written into its cue (records are immutable, so a copy).</summary>
    private static Film WithTakes(Film film, IReadOnlyDictionary<GeneratedSound, string> takes) => film with
    {
        Acts = film.Acts.Select(act => act with
        {
            Shots = act.Shots.Select(shot => shot.Sounds.Any(c => c.Generated is not null)
                ? shot with
                {
                    Sounds = shot.Sounds.Select(c => c.Generated is { } g && takes.TryGetValue(g, out var path)
                        ? c with { Generated = g with { AudioPath = path } }
                        : c).ToList(),
                }
                : shot).ToList(),
        }).ToList(),
    };
}
