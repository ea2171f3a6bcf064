namespace LegacyPress.Render.Encoding;

/// <summary>A render that could not finish, with a message written for the user (ffmpeg missing, ffmpeg failed, a frame failed).</summary>
public sealed class RenderException(string message, Exception? inner = null) : Exception(message, inner);
