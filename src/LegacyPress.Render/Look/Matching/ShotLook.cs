using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Look.Matching;

/// <summary>
/// One shot's look as the film shows it: measured on <see cref="Crop"/> (its first, middle and last frame at analysis
/// size), its drift from the group's reference, and, when it is matched, the colour match and the look after it.
/// </summary>
/// <param name="Match">The shot's effective match settings; null when the shot is kept as it is.</param>
/// <param name="Problem">Why the shot could not be measured (then <paramref name="Before"/> is null).</param>
public sealed record ShotLook(
    ShotSegment Segment,
    string Group,
    LookMatch? Match,
    byte[]? Crop,
    LookStatistics? Before,
    string? Problem)
{
    public string ShotId => Segment.Shot.Id;

    /// <summary>Distance from the group's reference before matching; null when either could not be measured.</summary>
    public Drift? DriftBefore { get; init; }

    /// <summary>The colour match and what it does; null when the shot is not matched (or is the reference).</summary>
    public MatchedLook? After { get; init; }

    /// <summary>The drift as the film shows it: after matching when matched, else as it is.</summary>
    public Drift? DriftShown => After?.Drift ?? DriftBefore;
}

/// <summary>A shot's colour match: the baked LUT, the key it is cached under, and the shot's look through it.</summary>
public sealed record MatchedLook(CubeLut Cube, string Key, byte[] Crop, LookStatistics Statistics, Drift Drift);
