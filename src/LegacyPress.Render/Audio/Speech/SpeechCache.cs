using LegacyPress.Core.Model;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>
/// Synthesised speech kept on disk under <c>.legacypress/cache/speech/&lt;sha256&gt;.&lt;ext&gt;</c>, keyed by engine, voice,
/// settings and text: a line already spoken is never synthesised (or billed) again.
/// </summary>
public sealed class SpeechCache(string directory, SpeechEngines engines)
{
    /// <summary>Bump when what an engine writes changes for the same inputs, so old files stop matching.</summary>
    public const int FormatVersion = 1;

    // Two shots with the same line share one synthesis instead of racing to bill it twice.
    private readonly AudioFileCache files = new(directory);

    /// <summary>The cache for a project: <c>&lt;project&gt;/.legacypress/cache/speech</c>.</summary>
    public static SpeechCache ForProject(ProjectInfo project, SpeechEngines engines) =>
        new(Path.Combine(project.CacheDirectory, "speech"), engines);

    public string Directory => files.Directory;

    /// <summary>Where the speech for (voice, text) lives or will live.</summary>
    public string PathFor(Voice voice, string text) => files.PathFor(Key(voice, text), engines.For(voice).FileExtension(voice));

    /// <summary>The cached audio for (voice, text) when it has been spoken before, else null; never synthesises.</summary>
    public string? Find(Voice voice, string text) => PathFor(voice, text) is var path && File.Exists(path) ? path : null;

    /// <summary>The cached audio for (voice, text), synthesising it first only when it is not there yet.</summary>
    public async Task<CachedSpeech> GetOrSynthesizeAsync(Voice voice, string text, CancellationToken ct)
    {
        var (path, fromCache) = await files.GetOrMakeAsync(
            PathFor(voice, text),
            async (p, token) => (await engines.For(voice).SynthesizeAsync(voice, text, p, token).ConfigureAwait(false)).FilePath,
            ct).ConfigureAwait(false);
        return new CachedSpeech(path, fromCache);
    }

    /// <summary>The cache key: a SHA-256 over every input that changes the audio (see <see cref="AudioFileCache.Key"/>).</summary>
    public static string Key(Voice voice, string text) =>
        AudioFileCache.Key(
        [
            $"legacypress-speech-v{FormatVersion}",
            voice.Engine,
            voice.Id,
            .. voice.Settings.OrderBy(s => s.Key, StringComparer.Ordinal).SelectMany(s => new[] { s.Key, s.Value }),
            text,
        ]);
}

/// <summary>A line's audio in the cache, and whether it was already there (no engine was called).</summary>
public sealed record CachedSpeech(string FilePath, bool FromCache);
