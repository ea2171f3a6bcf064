namespace LegacyPress.Core.Model;

/// <summary>A music file placed on the film timeline, with gain, fades and ducking under narration.</summary>
public sealed record MusicTrack(
    string Id,
    string FilePath,
    double StartSeconds,
    double? EndSeconds,
    double OffsetSeconds,
    bool Loop,
    double GainDb,
    double FadeInSeconds,
    double FadeOutSeconds,
    Ducking? Ducking,
    double? FileDurationSeconds);

/// <summary>How far music dips under narration and how fast it gets there and back.</summary>
public sealed record Ducking(double GainDb, double AttackSeconds, double ReleaseSeconds);
