using LegacyPress.Core.Model;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>The table of speech engines, by the name a voice gives in film.yaml (<see cref="VoiceEngines.Known"/>).</summary>
public sealed class SpeechEngines
{
    private readonly Dictionary<string, ISpeechEngine> byName;

    public SpeechEngines(IEnumerable<ISpeechEngine> engines)
    {
        byName = new Dictionary<string, ISpeechEngine>(StringComparer.Ordinal);
        foreach (var engine in engines)
        {
            if (!byName.TryAdd(engine.Name, engine))
            {
                throw new ArgumentException($"two speech engines are named '{engine.Name}'", nameof(engines));
            }
        }
    }

    /// <summary>Every engine LegacyPress ships: the one place a new engine is registered.</summary>
    public static SpeechEngines Create(HttpClient http, ElevenLabsOptions elevenLabs, EspeakOptions? espeak = null, IProgress<string>? progress = null) =>
        new(
        [
            new EspeakSpeechEngine(espeak),
            new ElevenLabsSpeechEngine(http, elevenLabs, progress),
        ]);

    public IReadOnlyCollection<string> Names => byName.Keys;

    /// <summary>The engine that speaks <paramref name="voice"/>.</summary>
    public ISpeechEngine For(Voice voice) =>
        byName.TryGetValue(voice.Engine, out var engine)
            ? engine
            : throw new SpeechSynthesisException($"voice '{voice.Id}' names speech engine '{voice.Engine}', which is not available (available: {string.Join(", ", byName.Keys)})");

    /// <summary>What <paramref name="voice"/>'s engine would refuse, found without speaking (see <see cref="ISpeechEngine.CheckAsync"/>).</summary>
    public async Task<IReadOnlyList<VoiceProblem>> CheckAsync(Voice voice, CancellationToken ct) =>
        byName.TryGetValue(voice.Engine, out var engine)
            ? await engine.CheckAsync(voice, ct).ConfigureAwait(false)
            : [new VoiceProblem(null, $"voice '{voice.Id}' names speech engine '{voice.Engine}', which is not available (available: {string.Join(", ", byName.Keys)})")];
}
