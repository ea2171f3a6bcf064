using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Cli;

/// <summary>The timeline as plain rows, shared by the table and the JSON of <c>legacypress plan</c>.</summary>
public sealed record PlanReport(
    string Title,
    string Preset,
    int Width,
    int Height,
    string FrameRate,
    double FramesPerSecond,
    int TotalFrames,
    double RuntimeSeconds,
    double SegmentSeconds,
    double TransitionSeconds,
    IReadOnlyList<PlanReport.Row> Segments,
    IReadOnlyList<PlanReport.Voice> Narration)
{
    /// <summary>Each analysed music track: its tempo, meter and markers (empty when none was listened to).</summary>
    public IReadOnlyList<Track> Music { get; init; } = [];

    /// <summary>Every cut: where it is, how far it moved to the music, and its distance to the nearest beat.</summary>
    public IReadOnlyList<Cut> Cuts { get; init; } = [];

    public sealed record Track(string Id, double TempoBpm, string Meter, int Beats, int Bars, IReadOnlyList<Marker> Markers);

    public sealed record Marker(string Name, double Seconds, bool Detected);

    /// <param name="BeatOffsetSeconds">From the cut to the nearest beat (positive: the beat is later); null without beats.</param>
    public sealed record Cut(
        string From, string To, double Seconds, double UnsnappedSeconds, string Snap, double? GridSeconds, string? Marker,
        double? BeatOffsetSeconds, string? KeptBecause);

    public sealed record Row(
        int Index, string Kind, string Id, string? Act, int StartFrame, int FrameCount,
        double StartSeconds, double EndSeconds, double DurationSeconds,
        string? Motion, string? TransitionOut, double TransitionOutSeconds, string? Narration)
    {
        /// <summary>The transition's easing as film.yaml spells it: where in it the picture turns, so where its cut is.</summary>
        public string? TransitionOutEasing { get; init; }
    }

    public sealed record Voice(string ShotId, double StartSeconds, double EndSeconds, bool Estimated, string Text);

    public static PlanReport From(Film film, Timeline timeline)
    {
        var outgoing = timeline.Transitions.ToDictionary(t => t.FromIndex);
        var rows = timeline.Segments.Select(s =>
        {
            outgoing.TryGetValue(s.Index, out var t);
            var shot = s as ShotSegment;
            return new Row(
                s.Index,
                shot is null ? "card" : "shot",
                s.Label,
                shot?.Act.Title,
                s.StartFrame,
                s.FrameCount,
                timeline.Seconds(s.StartFrame),
                timeline.Seconds(s.EndFrame),
                timeline.Seconds(s.FrameCount),
                shot is null ? null : Describe(shot.Shot.Motion, shot.Motion),
                t?.Spec.Kind,
                t is null ? 0 : timeline.Seconds(t.FrameCount),
                shot?.Shot.Narration?.Text)
            {
                TransitionOutEasing = t is null ? null : EasingName(t.Spec.Easing),
            };
        }).ToList();
        var voices = timeline.Narration.Select(n => new Voice(n.ShotId, n.StartSeconds, n.EndSeconds, n.Estimated, n.Narration.Text ?? n.Narration.AudioPath ?? "")).ToList();
        return new PlanReport(
            film.Metadata.Title,
            // What the render will be: film.yaml's preset name (or "custom") and its exact frame size.
            film.Output.PresetName,
            film.Output.WidthPixels,
            film.Output.HeightPixels,
            timeline.FrameRate.ToString(),
            timeline.FrameRate.FramesPerSecond,
            timeline.TotalFrames,
            timeline.RuntimeSeconds,
            timeline.Seconds(timeline.Segments.Sum(s => s.FrameCount)),
            timeline.Seconds(timeline.Transitions.Sum(t => t.FrameCount)),
            rows,
            voices)
        {
            Music = film.Music.Where(m => m.Analysis is not null).Select(m => new Track(
                m.Id,
                m.Analysis!.TempoBpm,
                m.Grid.Meter.ToString(),
                m.Analysis.BeatSeconds.Count,
                m.Analysis.DownbeatSeconds.Count,
                timeline.Music.Markers.Where(k => k.TrackId == m.Id).Select(k => new Marker(k.Name, k.Seconds, k.Detected)).ToList())).ToList(),
            Cuts = timeline.Cuts.Select(c => new Cut(
                c.From, c.To, c.Seconds, c.UnsnappedSeconds, TimingSnap.Name(c.Snap), c.GridSeconds, c.Marker,
                timeline.Music.NearestBeat(c.Seconds)?.OffsetSeconds, c.KeptBecause)).ToList(),
        };
    }

    private static string EasingName(Easing easing) => MotionNames.Easings.First(e => e.Value == easing).Key;

    private static string Describe(MotionSpec spec, ResolvedMotion motion)
    {
        var name = spec switch
        {
            MotionSpec.Preset p => MotionNames.Presets.First(kv => kv.Value == p.Kind).Key,
            _ => "explicit",
        };
        return $"{name} ×{motion.Start.Zoom:0.00}→×{motion.End.Zoom:0.00}";
    }
}
