using LegacyPress.Core.Model;

namespace LegacyPress.Core.Planning.Music;

/// <summary>
/// The music's beats, bars and markers on the film's timeline (seconds into the film), from every track that has
/// been listened to, placed where the track plays: from its <c>start</c>, its file from <c>offset</c>, repeated
/// when it loops, cut at its <c>end</c>. What cuts snap to, what <c>plan</c> measures cuts against, and what
/// <c>timeline.png</c> draws.
/// </summary>
public sealed record MusicGrid(IReadOnlyList<double> Beats, IReadOnlyList<double> Bars, IReadOnlyList<MusicGridMarker> Markers)
{
    public static MusicGrid Empty { get; } = new([], [], []);

    /// <summary>True when there is nothing to snap to: no track listened to and no marker named.</summary>
    public bool IsEmpty => Beats.Count == 0 && Markers.Count == 0;

    /// <summary>
    /// Whether any track has been listened to. Until then (a film planned from film.yaml alone) beats are unknown,
    /// not absent: a cue on a beat is placed at its shot's start for the time being rather than refused.
    /// </summary>
    public bool Listened { get; init; }

    /// <summary>The points a cut may move to for <paramref name="target"/>, ascending.</summary>
    public IReadOnlyList<double> PointsFor(SnapTarget target) => target switch
    {
        SnapTarget.Beats => Beats,
        SnapTarget.Bars => Bars,
        SnapTarget.Markers => MarkerSeconds,
        _ => [],
    };

    private IReadOnlyList<double> MarkerSeconds => Markers.Select(m => m.Seconds).Order().ToArray();

    /// <summary>The first time a named marker is heard on the film, or null when no track plays it.</summary>
    public MusicGridMarker? Marker(string name) => Markers.FirstOrDefault(m => !m.Detected && string.Equals(m.Name, name, StringComparison.Ordinal));

    /// <summary>The beat nearest <paramref name="seconds"/> and how far it is (positive: the beat comes later), or null with no beats.</summary>
    public (double Beat, double OffsetSeconds)? NearestBeat(double seconds) =>
        GridSearch.Nearest(Beats, seconds) is { } beat ? (beat, beat - seconds) : null;

    /// <summary>
    /// The grid of <paramref name="film"/>'s analysed tracks up to <paramref name="horizonSeconds"/> (the latest a
    /// film of this plan can end; a looping track with no <c>end</c> plays until then).
    /// </summary>
    public static MusicGrid Of(Film film, double horizonSeconds)
    {
        var beats = new List<double>();
        var bars = new List<double>();
        var markers = new List<MusicGridMarker>();
        foreach (var track in film.Music)
        {
            // Named markers need only the file's length; beats, bars and sections need it listened to.
            if (FileSeconds(track) is not { } fileSeconds)
            {
                continue;
            }
            var plays = new TrackPlacement(track, fileSeconds, horizonSeconds);
            markers.AddRange(track.Grid.Markers.SelectMany(m => plays.OnFilm([m.AtSeconds]).Select(t => new MusicGridMarker(m.Name, t, track.Id, Detected: false))));
            if (track.Analysis is not { } analysis)
            {
                continue;
            }
            beats.AddRange(plays.OnFilm(analysis.BeatSeconds));
            bars.AddRange(plays.OnFilm(analysis.DownbeatSeconds));
            var sections = plays.OnFilm(analysis.SectionSeconds).ToList();
            markers.AddRange(sections.Select((t, i) => new MusicGridMarker($"section {i + 1}", t, track.Id, Detected: true)));
        }
        return new MusicGrid(Distinct(beats), Distinct(bars), markers.OrderBy(m => m.Seconds).ToList())
        {
            Listened = film.Music.Any(t => t.Analysis is not null),
        };
    }

    /// <summary>How long a track's file is: as listened to, else as the loader measured it; null when neither knows.</summary>
    internal static double? FileSeconds(MusicTrack track) => track.Analysis?.DurationSeconds ?? track.FileDurationSeconds;

    // Two tracks' beats a millisecond apart are one point to cut on.
    private static IReadOnlyList<double> Distinct(List<double> seconds)
    {
        seconds.Sort();
        var kept = new List<double>(seconds.Count);
        foreach (var t in seconds)
        {
            if (kept.Count == 0 || t - kept[^1] > 0.001)
            {
                kept.Add(t);
            }
        }
        return kept;
    }
}

/// <summary>A marker on the film's timeline: named in film.yaml, or a section change the analysis found.</summary>
public sealed record MusicGridMarker(string Name, double Seconds, string TrackId, bool Detected);
