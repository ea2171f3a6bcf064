using System.Globalization;
using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Speech;

namespace LegacyPress.Render.Audio.Generated;

/// <summary>
/// Generated sound effects kept under <c>.legacypress/cache/sounds/&lt;sha256&gt;.&lt;ext&gt;</c>, one file per take, keyed by
/// description, duration, prompt influence, take number, output format and model: a take made once is never
/// requested (or billed) again, so picking <c>take: 2</c> and going back to 1 plays the first take again.
/// </summary>
public sealed class GeneratedSoundCache(string directory, ElevenLabsSoundEngine engine)
{
    /// <summary>Bump when what is stored for the same inputs changes, so old takes stop matching.</summary>
    public const int FormatVersion = 1;

    private readonly AudioFileCache files = new(directory);

    /// <summary>The cache for a project: <c>&lt;project&gt;/.legacypress/cache/sounds</c>.</summary>
    public static GeneratedSoundCache ForProject(ProjectInfo project, ElevenLabsSoundEngine engine) =>
        new(Path.Combine(project.CacheDirectory, "sounds"), engine);

    public string Directory => files.Directory;

    /// <summary>Whether a take not here yet can be made (an ElevenLabs key is set); finding cached takes needs no key.</summary>
    public bool CanGenerate => engine.HasApiKey;

    /// <summary>Where take <paramref name="take"/> of <paramref name="sound"/> lives or will live (the sound's own take is ignored).</summary>
    public string PathFor(GeneratedSound sound, int take) => files.PathFor(Key(sound, take), engine.FileExtension);

    /// <summary>The sound's chosen take when it has been made before, else null; never generates.</summary>
    public string? Find(GeneratedSound sound) => PathFor(sound, sound.Take) is var path && File.Exists(path) ? path : null;

    /// <summary>Take <paramref name="take"/> of <paramref name="sound"/>, generated first only when it is not there yet.</summary>
    /// <exception cref="SoundGenerationException">ElevenLabs could not make it.</exception>
    public async Task<CachedSound> GetOrGenerateAsync(GeneratedSound sound, int take, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        var (path, fromCache) = await files.GetOrMakeAsync(
            PathFor(sound, take),
            async (p, token) =>
            {
                await engine.GenerateAsync(sound, p, token).ConfigureAwait(false);
                return p;
            },
            ct).ConfigureAwait(false);
        return new CachedSound(path, take, fromCache);
    }

    /// <summary>The cache key: a SHA-256 over every input that changes the take (see <see cref="AudioFileCache.Key"/>).</summary>
    public string Key(GeneratedSound sound, int take) =>
        AudioFileCache.Key(
        [
            $"legacypress-sound-v{FormatVersion}",
            "elevenlabs",
            engine.Model ?? "",
            engine.OutputFormat,
            sound.Text,
            sound.DurationSeconds.ToString("R", CultureInfo.InvariantCulture),
            sound.PromptInfluence.ToString("R", CultureInfo.InvariantCulture),
            take.ToString(CultureInfo.InvariantCulture),
        ]);
}

/// <summary>One take of a generated sound in the cache, and whether it was already there (no request was made).</summary>
public sealed record CachedSound(string FilePath, int Take, bool FromCache);
