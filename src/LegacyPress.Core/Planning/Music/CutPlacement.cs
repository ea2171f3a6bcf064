using LegacyPress.Core.Model;

namespace LegacyPress.Core.Planning.Music;

/// <summary>
/// Where one cut between neighbouring segments went and why: the time its durations gave it, the time it was placed
/// (a cut's time is its frame boundary, or a transition's midpoint), the grid point it moved to or the marker it is
/// tied to, and, when it could not move, the reason <c>plan</c> prints.
/// </summary>
public sealed record CutPlacement(
    int FromIndex,
    string From,
    string To,
    double UnsnappedSeconds,
    double Seconds,
    SnapTarget Snap,
    double? GridSeconds,
    string? Marker,
    string? KeptBecause)
{
    /// <summary>How far the cut moved from where its durations put it (positive: later).</summary>
    public double MovedSeconds => Seconds - UnsnappedSeconds;
}
