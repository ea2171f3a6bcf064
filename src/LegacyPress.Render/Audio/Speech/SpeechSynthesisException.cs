namespace LegacyPress.Render.Audio.Speech;

/// <summary>Speech could not be synthesised; the message is written for the person running the render.</summary>
public sealed class SpeechSynthesisException : Exception
{
    public SpeechSynthesisException(string message)
        : base(message)
    {
    }

    public SpeechSynthesisException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
