using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;

namespace LegacyPress.Core.Planning.Music;

/// <summary>
/// Pure: moves each cut of a planned sequence to the music. Cuts are visited in order; each goes to the allowed grid
/// point nearest the time its durations give it (in the film as written, shifted only by cuts that were not snapped
/// and by shots tied to markers), within its tolerance, so long as the segment before it keeps its shortest length.
/// Snapped cuts sit on the music's absolute grid, so moving one never pushes the rest: the runtime changes by at most
/// the last cut's move, and a changed tolerance moves only the cuts whose chosen point changed. A cut with no point
/// that fits keeps its time and says why. A shot tied to a marker starts there whatever the tolerance, and a
/// segment it would leave too short is an error.
/// </summary>
internal static class CutSnapper
{
    public sealed record Result(int[] Frames, IReadOnlyList<CutPlacement> Cuts);

    public static Result Snap(IReadOnlyList<SnapItem> items, MusicGrid grid, FrameRate rate, DiagnosticBag bag)
    {
        var frames = items.Select(i => i.NaturalFrames).ToArray();
        var cuts = new List<CutPlacement>();
        // The film as written: where each segment would start with no snapping at all.
        var writtenStart = 0;
        // How far the cuts that are not on the grid (unsnapped, tied to markers) have moved the film as written.
        var shift = 0;
        var start = 0;
        for (var i = 0; i < items.Count - 1; i++)
        {
            var item = items[i];
            var outFrames = item.OutFrames;
            writtenStart += item.NaturalFrames - outFrames;
            var unsnapped = item.Out.Seconds(writtenStart, rate);
            var earliest = start + item.MinimumFrames - outFrames;
            var next = items[i + 1];
            int placed;
            CutPlacement placement;
            if (next.StartAnchor is { } anchor)
            {
                (placed, placement) = Anchored(i, item, next, anchor, grid, rate, start, earliest, writtenStart + shift, unsnapped, bag);
                shift = placed - writtenStart;
            }
            else if (item.Timing.Snap == SnapTarget.None)
            {
                // Not asked to snap: the segment keeps its own length wherever the cuts before it went.
                placed = start + item.NaturalFrames - outFrames;
                shift = placed - writtenStart;
                placement = new CutPlacement(i, item.Label, next.Label, unsnapped, item.Out.Seconds(placed, rate), SnapTarget.None, null, null, null);
            }
            else
            {
                var baseline = writtenStart + shift;
                var wanted = item.Out.Seconds(baseline, rate);
                var points = grid.PointsFor(item.Timing.Snap);
                if (Nearest(points, wanted, item.Timing.ToleranceSeconds, item.Out, earliest, rate) is { } fit)
                {
                    placed = fit.Start;
                    placement = new CutPlacement(i, item.Label, next.Label, unsnapped, item.Out.Seconds(placed, rate), item.Timing.Snap, fit.Point, null, null);
                }
                else
                {
                    placed = Math.Max(baseline, earliest);
                    shift = placed - writtenStart;
                    var why = KeptBecause(item, points, wanted, rate);
                    placement = new CutPlacement(i, item.Label, next.Label, unsnapped, item.Out.Seconds(placed, rate), item.Timing.Snap, null, null, why);
                }
            }
            frames[i] = placed + outFrames - start;
            start = placed;
            cuts.Add(placement);
        }
        return new Result(frames, cuts);
    }

    /// <summary>The grid point nearest <paramref name="wanted"/> within the tolerance that leaves the segment before it long enough.</summary>
    private static (double Point, int Start)? Nearest(IReadOnlyList<double> points, double wanted, double tolerance, TransitionCut cut, int earliest, FrameRate rate)
    {
        (double Point, int Start)? best = null;
        foreach (var point in GridSearch.Within(points, wanted - tolerance, wanted + tolerance))
        {
            var start = cut.NextStartFor(point, rate);
            if (start >= earliest && (best is null || Math.Abs(point - wanted) < Math.Abs(best.Value.Point - wanted)))
            {
                best = (point, start);
            }
        }
        return best;
    }

    private static (int Placed, CutPlacement Placement) Anchored(
        int i, SnapItem item, SnapItem next, MusicAnchor.Marker anchor, MusicGrid grid, FrameRate rate, int start, int earliest, int baseline, double unsnapped, DiagnosticBag bag)
    {
        var outFrames = item.OutFrames;
        if (grid.Marker(anchor.Name) is not { } marker)
        {
            bag.Add(anchor.Location, $"shot '{next.Label}': starts at marker '{anchor.Name}', which no music track plays in the film");
            var kept = Math.Max(baseline, earliest);
            return (kept, new CutPlacement(i, item.Label, next.Label, unsnapped, item.Out.Seconds(kept, rate), SnapTarget.Markers, null, anchor.Name, "its marker is not heard"));
        }
        var target = marker.Seconds + anchor.OffsetSeconds;
        var placed = item.Out.NextStartFor(target, rate);
        if (placed < earliest)
        {
            var wouldLast = rate.Seconds(placed + outFrames - start);
            var needs = rate.Seconds(item.MinimumFrames);
            bag.Add(anchor.Location,
                $"shot '{next.Label}': starts at marker '{anchor.Name}' ({Round(target)} s), but then '{item.Label}' before it would last {(wouldLast <= 0 ? "no time at all" : $"only {Round(wouldLast)} s")}; it needs {Round(needs)} s for {item.MinimumBecause}; shorten the shots before it or move the marker");
            placed = earliest;
        }
        return (placed, new CutPlacement(i, item.Label, next.Label, unsnapped, item.Out.Seconds(placed, rate), SnapTarget.Markers, target, anchor.Name, null));
    }

    private static string KeptBecause(SnapItem item, IReadOnlyList<double> points, double wanted, FrameRate rate)
    {
        var kind = item.Timing.Snap switch
        {
            SnapTarget.Beats => "beat",
            SnapTarget.Bars => "bar",
            _ => "marker",
        };
        if (points.Count == 0)
        {
            return $"the music has no {kind}s to snap to";
        }
        var tolerance = Round(item.Timing.ToleranceSeconds);
        return GridSearch.Within(points, wanted - item.Timing.ToleranceSeconds, wanted + item.Timing.ToleranceSeconds).Any()
            ? $"every {kind} within {tolerance} s would leave '{item.Label}' shorter than {Round(rate.Seconds(item.MinimumFrames))} s ({item.MinimumBecause})"
            : $"no {kind} within {tolerance} s";
    }

    private static string Round(double seconds) => seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
