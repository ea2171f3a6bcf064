namespace LegacyPress.Render.Audio.Speech;

/// <summary>A synthesised line of narration on disk, and its media type (audio/wav, audio/mpeg).</summary>
public sealed record SpeechAudio(string FilePath, string MediaType);
