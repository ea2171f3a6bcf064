using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Model;

/// <summary>
/// What film.yaml says about a music track's beat grid, all optional: <c>tempo</c> and <c>first_beat</c> replace what
/// the analysis found (both together: the grid is exactly that tempo from that downbeat), <c>meter</c> groups beats
/// into bars (4/4 by default), <c>markers</c> name moments in the file (seconds into the file, not into the film).
/// </summary>
public sealed record MusicGridSettings(
    double? TempoBpm,
    double? FirstBeatSeconds,
    Meter Meter,
    IReadOnlyList<MusicMarker> Markers)
{
    public static MusicGridSettings Default { get; } = new(null, null, Meter.Common, []);

    /// <summary>Where <c>tempo</c> was written, for errors about it.</summary>
    public SourceLocation? TempoLocation { get; init; }

    /// <summary>Where <c>first_beat</c> was written.</summary>
    public SourceLocation? FirstBeatLocation { get; init; }
}

/// <summary>Beats to a bar and the note that gets the beat (<c>meter: 3/4</c>); only <see cref="BeatsPerBar"/> drives bars.</summary>
public sealed record Meter(int BeatsPerBar, int BeatUnit)
{
    public static Meter Common { get; } = new(4, 4);

    public override string ToString() => $"{BeatsPerBar}/{BeatUnit}";
}

/// <summary>A named moment in a music file (<c>markers: [{ at: 42.0, name: climax }]</c>), in seconds into the file.</summary>
public sealed record MusicMarker(string Name, double AtSeconds, SourceLocation Location);
