using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;

namespace LegacyPress.Core.Loading;

/// <summary>
/// Reads <c>timing: { snap: beats | bars | markers | none, tolerance: 0.35 }</c>: complete at film level (defaults
/// filled in), partial on an act or a shot, where a field left out comes from the level around it.
/// </summary>
internal static class TimingReader
{
    /// <summary>The most a cut may move: more than two seconds is re-editing the film, not snapping a cut.</summary>
    public const double MaxToleranceSeconds = 2;

    private static readonly Dictionary<string, SnapTarget> SnapNames = new(StringComparer.Ordinal)
    {
        ["none"] = SnapTarget.None,
        ["beats"] = SnapTarget.Beats,
        ["bars"] = SnapTarget.Bars,
        ["markers"] = SnapTarget.Markers,
    };

    /// <summary>The film's timing: off unless film.yaml says otherwise.</summary>
    public static TimingSnap ReadFilm(MappingReader root) =>
        ReadOverride(root, "timing")?.Over(TimingSnap.Off) ?? TimingSnap.Off;

    /// <summary>What an act or shot writes under <c>timing</c>, or null when it writes nothing.</summary>
    public static TimingOverride? ReadOverride(MappingReader owner, string subject)
    {
        if (owner.Mapping("timing", subject) is not { } map)
        {
            return null;
        }
        var snap = map.Choice("snap", SnapNames, "snap");
        var tolerance = map.NumberInRange("tolerance", 0, MaxToleranceSeconds);
        map.Finish();
        return new TimingOverride(snap, tolerance, map.Location);
    }
}

/// <summary>An act's or shot's <c>timing</c> as written: each field may be left to the level around it.</summary>
internal sealed record TimingOverride(SnapTarget? Snap, double? ToleranceSeconds, SourceLocation Location)
{
    public TimingSnap Over(TimingSnap around) => new(Snap ?? around.Snap, ToleranceSeconds ?? around.ToleranceSeconds, Location);
}
