namespace LegacyPress.Core.Model;

/// <summary>
/// What listening to a music file found, in seconds into the file: its tempo, every beat, which beats begin a bar,
/// and where its sections change (candidate markers). Measured once per file at preparation and cached; planning
/// only reads it.
/// </summary>
/// <param name="TempoBpm">The overall tempo, beats per minute.</param>
/// <param name="BeatSeconds">Every beat, ascending.</param>
/// <param name="DownbeatSeconds">The beats that begin a bar (a subset of <paramref name="BeatSeconds"/>), ascending.</param>
/// <param name="SectionSeconds">Where the music's character changes (novelty peaks), ascending; candidates for markers.</param>
/// <param name="DurationSeconds">How long the file is.</param>
public sealed record MusicAnalysis(
    double TempoBpm,
    IReadOnlyList<double> BeatSeconds,
    IReadOnlyList<double> DownbeatSeconds,
    IReadOnlyList<double> SectionSeconds,
    double DurationSeconds);
