namespace LegacyPress.Render.Audio.Speech;

/// <summary>An ElevenLabs call failed for good; the message is for the person running the render and never holds the key. Each engine wraps it in its own exception.</summary>
internal sealed class ElevenLabsFailure(string message, Exception? innerException = null) : Exception(message, innerException);
