using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Generated;
using LegacyPress.Render.Audio.Speech;

namespace LegacyPress.Release.Preparation;

/// <summary>
/// The speech engines (espeak offline, ElevenLabs with its key from the environment) and the project's speech cache;
/// and ElevenLabs' sound effects with the project's cache of takes, on the same key and HTTP client.
/// </summary>
public sealed class SpeechServices : IDisposable
{
    private readonly HttpClient http = new();

    public SpeechServices(ProjectInfo project, IProgress<string>? progress)
    {
        Progress = progress;
        var elevenLabs = ElevenLabsOptions.FromEnvironment();
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
