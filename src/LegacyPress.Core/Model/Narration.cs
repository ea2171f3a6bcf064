namespace LegacyPress.Core.Model;

/// <summary>
/// What is spoken over a shot: text (spoken by a voice, and the source of captions) and/or a recorded
/// audio file. <see cref="MeasuredSeconds"/> is the audio's length once known (file probed, speech synthesised).
/// </summary>
public sealed record Narration(string? Text, string? AudioPath, string VoiceId, double? MeasuredSeconds);
