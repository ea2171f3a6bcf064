using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Model;

/// <summary>Which points of the music a cut may move to.</summary>
public enum SnapTarget
{
    /// <summary>Cuts stay where the durations put them.</summary>
    None,
    Beats,
    Bars,
    /// <summary>Named markers and the music's detected section changes.</summary>
    Markers,
}

/// <summary>
/// <c>timing: { snap: beats, tolerance: 0.35 }</c>: where a cut may move and how far (seconds either way). Written at
/// film level and overridable per act and shot; a shot's setting governs the cut at its end.
/// </summary>
public sealed record TimingSnap(SnapTarget Snap, double ToleranceSeconds, SourceLocation? Location)
{
    public const double DefaultToleranceSeconds = 0.35;

    public static TimingSnap Off { get; } = new(SnapTarget.None, DefaultToleranceSeconds, null);

    /// <summary>The target as film.yaml writes it (<c>beats</c>), for messages and plan's JSON.</summary>
    public static string Name(SnapTarget snap) => snap.ToString().ToLowerInvariant();
}

/// <summary>A moment a shot or a sound effect is tied to instead of seconds.</summary>
public abstract record MusicAnchor(double OffsetSeconds, SourceLocation Location)
{
    /// <summary><c>at: { beat: 3 }</c>: the shot's third beat (1 = the first beat at or after the shot starts).</summary>
    public sealed record Beat(int Number, double OffsetSeconds, SourceLocation Location) : MusicAnchor(OffsetSeconds, Location);

    /// <summary><c>at: { marker: climax, offset: -0.5 }</c>: a named marker of a music track, on the film's timeline.</summary>
    public sealed record Marker(string Name, double OffsetSeconds, SourceLocation Location) : MusicAnchor(OffsetSeconds, Location);
}
