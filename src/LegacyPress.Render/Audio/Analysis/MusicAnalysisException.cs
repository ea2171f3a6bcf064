namespace LegacyPress.Render.Audio.Analysis;

/// <summary>A music file that cannot be given a beat grid (silent, too short, no steady beat); the message names the file and why.</summary>
public sealed class MusicAnalysisException(string message) : Exception(message);
