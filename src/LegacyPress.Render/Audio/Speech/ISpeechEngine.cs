using LegacyPress.Core.Model;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>Turns a line of narration into an audio file with one speech engine (named as in film.yaml's <c>engine:</c>).</summary>
public interface ISpeechEngine
{
    /// <summary>The engine's name in film.yaml; one of <see cref="VoiceEngines.Known"/>.</summary>
    string Name { get; }

    /// <summary>The file extension (with dot) this engine writes for <paramref name="voice"/>, so a cache can name the file before asking.</summary>
    string FileExtension(Voice voice);

    /// <summary>Speaks <paramref name="text"/> with <paramref name="voice"/> into <paramref name="outputPath"/>, written atomically (never left half-written).</summary>
    Task<SpeechAudio> SynthesizeAsync(Voice voice, string text, string outputPath, CancellationToken ct);

    /// <summary>
    /// Every problem speaking with <paramref name="voice"/> would meet that can be found without speaking (unknown
    /// settings, values out of range, a voice the engine does not have) — what <c>check</c> reports. Never bills.
    /// </summary>
    Task<IReadOnlyList<VoiceProblem>> CheckAsync(Voice voice, CancellationToken ct);
}
