using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
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
    private readonly ConcurrentDictionary<string, Lazy<Task<CachedSpeech>>> inFlight = new(StringComparer.Ordinal);

    /// <summary>The cache for a project: <c>&lt;project&gt;/.legacypress/cache/speech</c>.</summary>
    public static SpeechCache ForProject(ProjectInfo project, SpeechEngines engines) =>
        new(Path.Combine(project.CacheDirectory, "speech"), engines);

    public string Directory { get; } = directory;

    /// <summary>Where the speech for (voice, text) lives or will live.</summary>
    public string PathFor(Voice voice, string text) =>
        Path.Combine(Directory, Key(voice, text) + engines.For(voice).FileExtension(voice));

    /// <summary>The cached audio for (voice, text) when it has been spoken before, else null; never synthesises.</summary>
    public string? Find(Voice voice, string text) => PathFor(voice, text) is var path && File.Exists(path) ? path : null;

    /// <summary>The cached audio for (voice, text), synthesising it first only when it is not there yet.</summary>
    public async Task<CachedSpeech> GetOrSynthesizeAsync(Voice voice, string text, CancellationToken ct)
    {
        var path = PathFor(voice, text);
        if (File.Exists(path))
        {
            return new CachedSpeech(path, FromCache: true);
        }
        var work = inFlight.GetOrAdd(path, p => new Lazy<Task<CachedSpeech>>(() => SynthesizeAsync(voice, text, p, ct)));
        try
        {
            return await work.Value.ConfigureAwait(false);
        }
        finally
        {
            inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<CachedSpeech>>>(path, work));
        }
    }

    /// <summary>
    /// The cache key: a SHA-256 over every input that changes the audio. Fields are length-prefixed so that
    /// no two different inputs can run together into the same string.
    /// </summary>
    public static string Key(Voice voice, string text)
    {
        var canonical = new StringBuilder();
        void Field(string value) => canonical.Append(value.Length).Append(':').Append(value).Append('\n');
        Field($"legacypress-speech-v{FormatVersion}");
        Field(voice.Engine);
        Field(voice.Id);
        foreach (var (name, value) in voice.Settings.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Field(name);
            Field(value);
        }
        Field(text);
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    private async Task<CachedSpeech> SynthesizeAsync(Voice voice, string text, string path, CancellationToken ct)
    {
        // Another caller may have finished it between our check and getting here.
        if (File.Exists(path))
        {
            return new CachedSpeech(path, FromCache: true);
        }
        System.IO.Directory.CreateDirectory(Directory);
        var audio = await engines.For(voice).SynthesizeAsync(voice, text, path, ct).ConfigureAwait(false);
        return new CachedSpeech(audio.FilePath, FromCache: false);
    }
}

/// <summary>A line's audio in the cache, and whether it was already there (no engine was called).</summary>
public sealed record CachedSpeech(string FilePath, bool FromCache);
