namespace LegacyPress.Render.Audio.Speech;

/// <summary>Something a speech engine would refuse about a voice, found without speaking: the setting it concerns (null for the voice as a whole) and why.</summary>
public sealed record VoiceProblem(string? Setting, string Message);
