using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Release.Checking;

/// <summary>
/// check's warnings about cutting on the music (issue 18): a <c>snap</c> with no music to snap to, a
/// <c>snap: markers</c> with no named marker (only the section changes the analysis finds will count), and cuts
/// that stay where they were because no point fits (how many, so the film-maker can widen the tolerance).
/// Warnings, not problems: the film renders with the cuts where its durations put them.
/// </summary>
public static class TimingCheck
{
    public static IReadOnlyList<Diagnostic> Warnings(Film film, Timeline timeline)
    {
        var warnings = new List<Diagnostic>();
        var settings = new List<TimingSnap> { film.Timing };
        settings.AddRange(film.Acts.Select(a => a.Timing).OfType<TimingSnap>());
        settings.AddRange(film.Shots.Select(s => s.Timing).OfType<TimingSnap>());
        foreach (var timing in settings.Where(t => t.Snap != SnapTarget.None).DistinctBy(t => t.Location))
        {
            var at = timing.Location ?? new SourceLocation(film.Project.FilePath, 1, 1);
            if (film.Music.Count == 0)
            {
                warnings.Add(new Diagnostic(at, $"timing: snap: {TimingSnap.Name(timing.Snap)} has no music to snap to; the film has no music track, so its cuts stay where their durations put them"));
            }
            else if (timing.Snap == SnapTarget.Markers && film.Music.All(t => t.Grid.Markers.Count == 0))
            {
                warnings.Add(new Diagnostic(at, "timing: snap: markers, but no music track names a marker; only the music's detected section changes will be used"));
            }
        }
        var kept = timeline.Cuts.Where(c => c.Snap != SnapTarget.None && c.Marker is null && c.KeptBecause is not null).ToList();
        if (kept.Count > 0 && film.Music.Count > 0 && film.Timing.Location is { } filmTiming)
        {
            warnings.Add(new Diagnostic(filmTiming,
                $"timing: {kept.Count} of {timeline.Cuts.Count} cuts stay off the music ({string.Join(", ", kept.Take(3).Select(c => $"{c.From} → {c.To}: {c.KeptBecause}"))}{(kept.Count > 3 ? ", …" : "")}); `legacypress plan` lists them, and a larger tolerance reaches more beats"));
        }
        return warnings;
    }
}
