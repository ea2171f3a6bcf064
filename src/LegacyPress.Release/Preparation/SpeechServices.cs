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
        Cache = SpeechCache.ForProject(project, SpeechEngines.Create(http, ElevenLabsOptions.FromEnvironment(), progress: progress));
    }

    public SpeechCache Cache { get; }

    public IProgress<string>? Progress { get; }

    public void Dispose() => http.Dispose();
}
