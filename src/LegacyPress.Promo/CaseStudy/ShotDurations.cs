using LegacyPress.Core.Planning;
using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.CaseStudy;

/// <summary>How long each shot is on screen, grouped by act: the data of the case study's pacing chart. Pure.</summary>
public static class ShotDurations
{
    /// <summary>One group per act in film order, one bar per shot: its on-screen seconds, transition overlaps included.</summary>
    public static IReadOnlyList<BarGroup> PerAct(Timeline timeline) =>
        timeline.Shots
            .GroupBy(s => s.Act.Number)
            .OrderBy(g => g.Key)
            .Select(g => new BarGroup(
                $"Act {g.Key}: {g.First().Act.Title}",
                g.OrderBy(s => s.StartFrame).Select(s => new Bar(s.Shot.Id, timeline.Seconds(s.FrameCount))).ToList()))
            .ToList();
}
