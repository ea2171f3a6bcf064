using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Generated;
using LegacyPress.Render.Audio.Speech;

namespace LegacyPress.Release.Preparation;

/// <summary>
/// The speech engines (espeak offline, ElevenLabs with its key from the environment unless given) and the project's speech cache;
/// and ElevenLabs' sound effects with the project's cache of takes, on the same key and HTTP client.
/// </summary>
public sealed class SpeechServices : IDisposable
{
    private readonly HttpClient http = new();

    /// <param name="elevenLabs">How ElevenLabs is reached; null reads <c>ELEVENLABS_API_KEY</c> (and the optional base URL) from the environment.</param>
    /// <exception cref="SpeechSynthesisException">The environment's ElevenLabs base URL is not an http(s) URL.</exception>
    public SpeechServices(ProjectInfo project, IProgress<string>? progress, ElevenLabsOptions? elevenLabs = null)
    {
        Progress = progress;
        elevenLabs ??= ElevenLabsOptions.FromEnvironment();
        Engines = SpeechEngines.Create(http, elevenLabs, progress: progress);
        Cache = SpeechCache.ForProject(project, Engines);
        Sounds = GeneratedSoundCache.ForProject(project, new ElevenLabsSoundEngine(http, elevenLabs, progress));
    }

    /// <summary>The engines, for checking voices before anything is spoken.</summary>
    public SpeechEngines Engines { get; }

    public SpeechCache Cache { get; }

    /// <summary>Generated sound effects' takes (<c>.legacypress/cache/sounds</c>): what preparation plays and <c>generate --sounds</c> offers.</summary>
    public GeneratedSoundCache Sounds { get; }

    public IProgress<string>? Progress { get; }

    public void Dispose() => http.Dispose();
}
