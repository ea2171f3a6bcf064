namespace LegacyPress.Render.Audio.Analysis;

/// <summary>A music file that cannot be listened to for its beat: too short, silent, no steady pulse. The message says which and why.</summary>
public sealed class MusicAnalysisException(string message) : Exception(message);
