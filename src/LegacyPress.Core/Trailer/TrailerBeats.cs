using System.Globalization;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning.Music;

namespace LegacyPress.Core.Trailer;

/// <summary>
/// Pure: puts a trailer on its music (issue 18). The music is entered so the title card lands on a marker (one the
/// film-maker named within a bar of where the music would be) or else on a downbeat — by moving where the music
/// starts in its file, so no picture moves for it — and then every cut before and after the title goes to the
/// nearest beat, holds staying between <see cref="TrailerShape.MinHoldSeconds"/> and <see cref="TrailerShape.MaxHoldSeconds"/>
/// and the trailer keeping its length to the frame.
/// </summary>
internal static class TrailerBeats
{
    /// <summary>The track entered so its music under <paramref name="titleSeconds"/> is a marker or a downbeat; unchanged without an analysis.</summary>
    public static (MusicTrack Track, string? Note) AlignTitle(MusicTrack track, double titleSeconds, double runtimeSeconds)
    {
        if (track.Analysis is not { } analysis || analysis.DownbeatSeconds.Count == 0)
        {
            return (track, null);
        }
        var heard = track.OffsetSeconds + titleSeconds;
        var bar = analysis.DownbeatSeconds.Count > 1 ? analysis.DownbeatSeconds[1] - analysis.DownbeatSeconds[0] : 60 / analysis.TempoBpm * track.Grid.Meter.BeatsPerBar;
        bool Fits(double fileSeconds) =>
            fileSeconds - titleSeconds >= 0 && (track.Loop || fileSeconds - titleSeconds + runtimeSeconds <= analysis.DurationSeconds + 1e-6);
        var marker = track.Grid.Markers.Where(m => Math.Abs(m.AtSeconds - heard) <= bar && Fits(m.AtSeconds)).MinBy(m => Math.Abs(m.AtSeconds - heard));
        if (marker is not null)
        {
            return (track with { OffsetSeconds = marker.AtSeconds - titleSeconds }, $"the title lands on marker '{marker.Name}' ({Format(marker.AtSeconds)} s into {Path.GetFileName(track.FilePath)})");
        }
        var downbeat = analysis.DownbeatSeconds.Where(Fits).OrderBy(d => Math.Abs(d - heard)).Cast<double?>().FirstOrDefault();
        return downbeat is { } d
            ? (track with { OffsetSeconds = d - titleSeconds }, $"the title lands on a downbeat ({Format(d)} s into {Path.GetFileName(track.FilePath)})")
            : (track, null);
    }

    /// <summary>
    /// The holds (frames each segment owns, transitions excluded) with every cut on the nearest beat of
    /// <paramref name="grid"/> within half a beat, holds within the trailer's limits, the cut into the title card
    /// (segment <paramref name="titleIndex"/>) kept at <paramref name="titleSeconds"/>; the last segment absorbs the
    /// moves so the total stays the same.
    /// </summary>
    public static CutSnapper.Result SnapHolds(
        IReadOnlyList<(string Label, int Hold, TransitionCut Out, bool IsShot)> segments, int titleIndex, double titleSeconds, MusicGrid grid, double beatSeconds, FrameRate rate)
    {
        var tolerance = new TimingSnap(SnapTarget.Beats, beatSeconds / 2, null);
        // The cut into the title stays where the music was entered for it (a marker need not be on a beat).
        var title = new TimingSnap(SnapTarget.Markers, rate.Seconds(1), null);
        var snapGrid = grid with { Markers = [new MusicGridMarker("title", titleSeconds, "trailer", Detected: false)] };
        var minimumShot = rate.Frames(TrailerShape.MinHoldSeconds);
        var items = segments.Select((s, i) => new SnapItem(
            s.Label,
            s.Hold + s.Out.Frames,
            Math.Min(s.Hold, s.IsShot ? minimumShot : Math.Max(1, s.Hold - rate.Frames(beatSeconds))) + s.Out.Frames,
            s.Out,
            i == titleIndex - 1 ? title : tolerance,
            null) { MinimumBecause = s.IsShot ? "a trailer's shortest hold" : "a card's time to read" }).ToList();
        var snapped = CutSnapper.Snap(items, snapGrid, rate, new Diagnostics.DiagnosticBag());
        var frames = snapped.Frames;
        // The closing card ends the trailer on its frame: it gives or takes what the cuts before it moved.
        frames[^1] = segments.Sum(s => s.Hold) - frames.Take(frames.Length - 1).Select((f, i) => f - segments[i].Out.Frames).Sum();
        return snapped with { Frames = frames.Select((f, i) => f - segments[i].Out.Frames).ToArray() };
    }

    private static string Format(double seconds) => seconds.ToString("0.##", CultureInfo.InvariantCulture);
}
