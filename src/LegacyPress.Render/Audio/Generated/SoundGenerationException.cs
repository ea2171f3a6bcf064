namespace LegacyPress.Render.Audio.Generated;

/// <summary>A sound effect could not be generated; the message is written for the person running the render and never holds the API key.</summary>
public sealed class SoundGenerationException : Exception
{
    public SoundGenerationException(string message)
        : base(message)
    {
    }

    public SoundGenerationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
