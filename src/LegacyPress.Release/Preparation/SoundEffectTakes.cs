using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Editing;
using LegacyPress.Core.Files;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Generated;
using LegacyPress.Render.Media;

namespace LegacyPress.Release.Preparation;

/// <summary>
/// What <c>legacypress generate --sounds</c> does with a loaded film: makes takes 1 to N of every generated sound
/// effect (or of the cues named), one request at a time and only for takes not in the project's cache yet, reporting
/// each take as it is ready, and lists them for the film-maker to listen to; then <c>--pick cue=K</c> writes
/// <c>take: K</c> into film.yaml (<see cref="PickAsync"/>). A cue is named <c>&lt;shot&gt;/&lt;n&gt;</c> (see
/// <see cref="GeneratedSoundCue.Id"/>), or by its shot alone when the shot has one generated effect. A take made here
/// is the very file a render or release plays when film.yaml picks it, so nothing is generated twice.
/// </summary>
/// <param name="cache">The project's takes and the engine that makes them: <see cref="SpeechServices.Sounds"/>.</param>
public sealed class SoundEffectTakes(GeneratedSoundCache cache)
{
    private readonly AudioLength lengths = new();

    /// <summary>
    /// Takes 1 to <paramref name="takes"/> of each cue in <paramref name="cueIds"/> (every generated effect when null),
    /// in film order and then take order, each reported to <paramref name="progress"/> when it is ready. A name that
    /// matches no cue, or a take ElevenLabs cannot make, is a problem in the result (with the takes ready before it,
    /// which stay cached); cancelling throws <see cref="OperationCanceledException"/> and leaves no partial take.
    /// </summary>
    /// <param name="takes">How many takes of each cue, 1 to <see cref="GeneratedSound.MaxTake"/>.</param>
    public async Task<SoundEffectTakesResult> MakeAsync(
        Film film, int takes, IReadOnlyCollection<string>? cueIds, IProgress<SoundEffectTake>? progress, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(takes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(takes, GeneratedSound.MaxTake);
        var (cues, problems) = Select(film, cueIds);
        if (problems.Count > 0)
        {
            return new SoundEffectTakesResult([], problems);
        }
        var made = new List<SoundEffectTake>();
        foreach (var cue in cues)
        {
            for (var take = 1; take <= takes; take++)
            {
                CachedSound cached;
                try
                {
                    cached = await cache.GetOrGenerateAsync(cue.Sound, take, cancellation).ConfigureAwait(false);
                }
                catch (SoundGenerationException e)
                {
                    return new SoundEffectTakesResult(made, [$"{cue.Id} take {take}: {e.Message}"]);
                }
                var ready = await TakeAsync(cue, cached, cancellation).ConfigureAwait(false);
                made.Add(ready);
                progress?.Report(ready);
            }
        }
        return new SoundEffectTakesResult(made, []);
    }

    /// <summary>
    /// Writes <c>take: <paramref name="take"/></c> into film.yaml for the cue named <paramref name="cueId"/> (nothing
    /// else in the file changes: <see cref="FilmYamlEdit.SetSoundTake"/>), written whole under a temporary name.
    /// Returns that take when it is in the cache, or null when it is not made yet (the next render or release makes it).
    /// </summary>
    /// <exception cref="FilmEditException">No such cue, a take out of 1–<see cref="GeneratedSound.MaxTake"/>, or film.yaml cannot be edited; the message is for the user.</exception>
    public async Task<SoundEffectTake?> PickAsync(Film film, string cueId, int take, CancellationToken cancellation)
    {
        var (cues, problems) = Select(film, [cueId]);
        if (problems.Count > 0)
        {
            throw new FilmEditException(problems[0]);
        }
        if (take < 1 || take > GeneratedSound.MaxTake)
        {
            throw new FilmEditException($"{cueId}: a take is a number from 1 to {GeneratedSound.MaxTake}, not {take}");
        }
        var cue = cues[0];
        var yamlPath = film.Project.FilePath;
        var text = ProjectText.Read(yamlPath).Text ?? throw new FilmEditException($"{FilmLoader.FileName} is not valid UTF-8; fix it before picking");
        var edited = FilmYamlEdit.SetSoundTake(text, cue.ShotId, cue.SfxNumber, take);
        if (edited != text)
        {
            OutputFile.WriteAllText(yamlPath, edited);
        }
        var chosen = cue with { Sound = cue.Sound with { Take = take } };
        return cache.Find(chosen.Sound) is { } path
            ? await TakeAsync(chosen, new CachedSound(path, take, FromCache: true), cancellation).ConfigureAwait(false)
            : null;
    }

    /// <summary>The cues <paramref name="cueIds"/> name (all when null), in film order, or why a name matches none.</summary>
    public static (IReadOnlyList<GeneratedSoundCue> Cues, IReadOnlyList<string> Problems) Select(Film film, IReadOnlyCollection<string>? cueIds)
    {
        var all = GeneratedSoundCue.In(film);
        if (cueIds is null)
        {
            return (all, []);
        }
        var chosen = new HashSet<GeneratedSoundCue>();
        var problems = new List<string>();
        foreach (var name in cueIds)
        {
            var byId = all.Where(c => c.Id == name).ToList();
            var byShot = all.Where(c => c.ShotId == name).ToList();
            if (byId.Count == 1 || byShot.Count == 1)
            {
                chosen.Add(byId.Count == 1 ? byId[0] : byShot[0]);
            }
            else if (byShot.Count > 1)
            {
                problems.Add($"shot '{name}' has {byShot.Count} generated sound effects; name one: {string.Join(", ", byShot.Select(c => c.Id))}");
            }
            else
            {
                problems.Add(all.Count == 0
                    ? $"no sound effect '{name}': the film has no generated sound effects (effect: {{ generate: ... }})"
                    : $"no generated sound effect '{name}'{DidYouMean.Hint(name, all.Select(c => c.Id))} (the film has {string.Join(", ", all.Select(c => c.Id))})");
            }
        }
        return (all.Where(chosen.Contains).ToList(), problems);
    }

    private async Task<SoundEffectTake> TakeAsync(GeneratedSoundCue cue, CachedSound cached, CancellationToken cancellation) =>
        new(cue.Id, cue.ShotId, cue.Sound.Text, cached.Take, cached.FilePath,
            await lengths.MeasureSecondsAsync(cached.FilePath, cancellation).ConfigureAwait(false),
            cached.FromCache, Chosen: cached.Take == cue.Sound.Take);
}

/// <summary>One take of a generated sound effect, in the project's cache, as <c>generate --sounds</c> lists it.</summary>
/// <param name="CueId">The cue's name (<c>workshop/2</c>): what <c>--pick</c> takes.</param>
/// <param name="Take">1-based: what <c>--pick cue=K</c> and film.yaml's <c>take:</c> name.</param>
/// <param name="FilePath">The take's file (absolute), to play.</param>
/// <param name="DurationSeconds">How long the file plays, as measured (ElevenLabs may round the length asked for).</param>
/// <param name="FromCache">True when it was there already and no request was made (nor billed).</param>
/// <param name="Chosen">True for the take film.yaml picks now, which a render plays.</param>
public sealed record SoundEffectTake(string CueId, string ShotId, string Text, int Take, string FilePath, double DurationSeconds, bool FromCache, bool Chosen);

/// <summary>The takes ready (in film order, then take order) and what went wrong, each problem a line for the user; empty when all were made.</summary>
public sealed record SoundEffectTakesResult(IReadOnlyList<SoundEffectTake> Takes, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;
}
