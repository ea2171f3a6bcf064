using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Speech;

namespace LegacyPress.Release.Preparation;

/// <summary>The speech engines (espeak offline, ElevenLabs with its key from the environment) and the project's speech cache.</summary>
public sealed class SpeechServices : IDisposable
{
    private readonly HttpClient http = new();

    public SpeechServices(ProjectInfo project, IProgress<string>? progress)
    {
        Progress = progress;
        Engines = SpeechEngines.Create(http, ElevenLabsOptions.FromEnvironment(), progress: progress);
        Cache = SpeechCache.ForProject(project, Engines);
    }

    /// <summary>The engines, for checking voices before anything is spoken.</summary>
    public SpeechEngines Engines { get; }

    public SpeechCache Cache { get; }

    public IProgress<string>? Progress { get; }

    public void Dispose() => http.Dispose();
}
