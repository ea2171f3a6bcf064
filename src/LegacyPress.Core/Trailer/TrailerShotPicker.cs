using LegacyPress.Core.Planning;

namespace LegacyPress.Core.Trailer;

/// <summary>
/// Chooses the trailer's shots from the film's: pinned ones as pinned; otherwise a hook, rising beats in film
/// order with every act represented and <c>trailer: true</c> shots first, and a climax that is not the film's
/// last image (a trailer should not give the ending away).
/// </summary>
public static class TrailerShotPicker
{
    /// <summary>The shots in trailer order: the first is the hook, the last the climax.</summary>
    /// <param name="secondsForShots">Screen time the shots share; decides how many beats there are room for.</param>
    public static IReadOnlyList<ShotSegment> Pick(IReadOnlyList<ShotSegment> filmShots, IReadOnlyList<string> pinned, double secondsForShots)
    {
        if (pinned.Count > 0)
        {
            return pinned.Select(id => filmShots.First(s => s.Shot.Id == id)).ToList();
        }
        if (filmShots.Count <= 2)
        {
            return filmShots;
        }

        var marked = filmShots.Where(s => s.Shot.Trailer).ToList();
        var last = filmShots[^1];
        var climax = marked.LastOrDefault(s => s != last) ?? marked.LastOrDefault() ?? filmShots[^2];
        var hook = marked.FirstOrDefault(s => s != climax) ?? filmShots.First(s => s != climax);

        // Shots after the climax are the ending: they come in only to represent an act that has no other shot.
        var candidates = filmShots.Where(s => s != hook && s != climax).ToList();
        var beforeClimax = candidates.Where(c => c.Index < climax.Index).ToList();
        var room = secondsForShots - TrailerShape.HookHoldSeconds - TrailerShape.ClimaxHoldSeconds;
        var averageBeat = (TrailerShape.FirstBeatHoldSeconds + TrailerShape.LastBeatHoldSeconds) / 2;
        var beats = Math.Clamp((int)Math.Round(room / averageBeat, MidpointRounding.AwayFromZero), 0, beforeClimax.Count);

        var chosen = Priority(beforeClimax, hook, climax).Take(beats).ToHashSet();
        // Every act shows at least once, even when that means a beat more than the time suggests.
        foreach (var act in candidates.Select(c => c.Act.Number).Distinct())
        {
            if (!chosen.Any(c => c.Act.Number == act) && hook.Act.Number != act && climax.Act.Number != act)
            {
                chosen.Add(Representative(candidates.Where(c => c.Act.Number == act).ToList()));
            }
        }
        return [hook, .. candidates.Where(chosen.Contains), climax];
    }

    /// <summary>The order beats are taken in: one per unrepresented act, the marked shots, then the rest spread over the acts.</summary>
    private static IEnumerable<ShotSegment> Priority(List<ShotSegment> candidates, ShotSegment hook, ShotSegment climax)
    {
        var taken = new HashSet<ShotSegment>();
        var acts = candidates.Select(c => c.Act.Number).Distinct().ToList();
        foreach (var act in acts.Where(a => a != hook.Act.Number && a != climax.Act.Number))
        {
            var pick = Representative(candidates.Where(c => c.Act.Number == act).ToList());
            taken.Add(pick);
            yield return pick;
        }
        foreach (var shot in candidates.Where(c => c.Shot.Trailer && taken.Add(c)))
        {
            yield return shot;
        }
        foreach (var shot in RoundRobinByAct(candidates.Where(c => !taken.Contains(c)).ToList()))
        {
            yield return shot;
        }
    }

    /// <summary>An act's marked shot if it has one, else its middle shot (the middle is least likely to be a setup or an ending).</summary>
    private static ShotSegment Representative(List<ShotSegment> actShots) =>
        actShots.FirstOrDefault(s => s.Shot.Trailer) ?? actShots[actShots.Count / 2];

    private static IEnumerable<ShotSegment> RoundRobinByAct(List<ShotSegment> shots)
    {
        var queues = shots.GroupBy(s => s.Act.Number).Select(g => new Queue<ShotSegment>(g)).ToList();
        while (queues.Any(q => q.Count > 0))
        {
            foreach (var q in queues.Where(q => q.Count > 0))
            {
                yield return q.Dequeue();
            }
        }
    }
}
