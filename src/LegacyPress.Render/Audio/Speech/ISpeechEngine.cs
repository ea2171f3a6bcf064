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
}
