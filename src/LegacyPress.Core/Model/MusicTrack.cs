using LegacyPress.Core.Diagnostics;

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
    double? FileDurationSeconds)
{
    /// <summary>What film.yaml says about the beat grid (tempo, first beat, meter, markers).</summary>
    public MusicGridSettings Grid { get; init; } = MusicGridSettings.Default;

    /// <summary>What the analysis of the file found, with <see cref="Grid"/> applied; null until preparation listened to it.</summary>
    public MusicAnalysis? Analysis { get; init; }

    /// <summary>Where the track was written in film.yaml (its <c>id</c>), for errors about it.</summary>
    public SourceLocation? Location { get; init; }
}

/// <summary>How far music dips under narration and how fast it gets there and back.</summary>
public sealed record Ducking(double GainDb, double AttackSeconds, double ReleaseSeconds);
