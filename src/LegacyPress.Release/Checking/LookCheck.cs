using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Render.Look.Matching;
using LegacyPress.Render.Pictures;

namespace LegacyPress.Release.Checking;

/// <summary>
/// check's look warnings (issue 17): shots that drift beyond <c>look.warn_delta_e</c> from their look group as the
/// film shows them (after their colour match, when matched), and, in groups that are matched, stills whose look
/// cannot be measured (too small, one flat colour). Warnings, not problems: a shot may differ on purpose, and the film
/// renders either way.
/// </summary>
public static class LookCheck
{
    public static IReadOnlyList<Diagnostic> Warnings(Film film, Timeline timeline, CancellationToken cancellation = default) =>
        Warnings(LookSurvey.Run(film, timeline, new FileHashes(), cancellation));

    public static IReadOnlyList<Diagnostic> Warnings(FilmLook look)
    {
        var warnings = new List<Diagnostic>();
        foreach (var group in look.Groups)
        {
            foreach (var shot in group.Shots)
            {
                var at = shot.Segment.Shot.Location;
                // An unmeasured shot matters only where it would be matched or measured against.
                if (shot.Problem is { } problem && (shot.Match is not null || group.Shots.Any(s => s.Match is not null)))
                {
                    warnings.Add(new Diagnostic(at, $"shot '{shot.ShotId}': its look cannot be measured ({problem}); it is left out of look group '{group.Name}'"));
                }
                else if (look.IsOutlier(shot) && shot.DriftShown is { } drift)
                {
                    var reference = group.ReferenceNamed ? $"reference '{group.ReferenceShotId}'" : $"its medoid '{group.ReferenceShotId}'";
                    var advice = shot.After is not null
                        ? "even after its colour match; a stronger match, another method or another look_group may suit it"
                        : "`legacypress look` shows it; look.match evens it out, or give it its own look_group if it differs on purpose";
                    warnings.Add(new Diagnostic(at,
                        $"shot '{shot.ShotId}': drifts {LookSheet.Number(drift.MeanDeltaE)} ΔE00 from look group '{group.Name}' ({reference}), beyond look.warn_delta_e {LookSheet.Number(look.WarnDeltaE)}: {advice}"));
                }
            }
        }
        return warnings;
    }
}
