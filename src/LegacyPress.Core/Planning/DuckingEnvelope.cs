using LegacyPress.Core.Model;

namespace LegacyPress.Core.Planning;

/// <summary>
/// The exact gain curve music follows under narration, computed from the planned narration spans rather
/// than guessed by a sidechain: fully ducked while a line is spoken, ramping down over the attack before
/// it and back up over the release after it. Lines closer together than attack + release stay ducked between.
/// </summary>
public sealed class DuckingEnvelope
{
    private readonly List<(double Start, double End)> ducked = [];
    private readonly Ducking ducking;

    public DuckingEnvelope(IEnumerable<NarrationSpan> narration, Ducking ducking)
    {
        this.ducking = ducking;
        foreach (var span in narration.OrderBy(n => n.StartSeconds))
        {
            var (start, end) = (span.StartSeconds, span.EndSeconds);
            if (ducked.Count > 0 && start - ducking.AttackSeconds <= ducked[^1].End + ducking.ReleaseSeconds)
            {
                ducked[^1] = (ducked[^1].Start, Math.Max(end, ducked[^1].End));
            }
            else
            {
                ducked.Add((start, end));
            }
        }
    }

    /// <summary>Intervals (seconds) during which the music is fully ducked.</summary>
    public IReadOnlyList<(double Start, double End)> DuckedIntervals => ducked;

    /// <summary>The music gain in dB at a time on the film: 0 in the clear, <see cref="Ducking.GainDb"/> under a line.</summary>
    public double GainDbAt(double seconds)
    {
        var depth = 0.0;
        foreach (var (start, end) in ducked)
        {
            double amount;
            if (seconds >= start && seconds <= end)
            {
                amount = 1;
            }
            else if (seconds < start && seconds > start - ducking.AttackSeconds)
            {
                amount = 1 - (start - seconds) / ducking.AttackSeconds;
            }
            else if (seconds > end && seconds < end + ducking.ReleaseSeconds)
            {
                amount = 1 - (seconds - end) / ducking.ReleaseSeconds;
            }
            else
            {
                continue;
            }
            depth = Math.Max(depth, amount);
        }
        return ducking.GainDb * depth;
    }

    /// <summary>The curve as (time, dB) corners, for drawing it (the timeline picture) or handing it to a filter.</summary>
    public IReadOnlyList<(double Seconds, double GainDb)> Breakpoints()
    {
        var points = new List<(double, double)> { (0, 0) };
        foreach (var (start, end) in ducked)
        {
            points.Add((Math.Max(0, start - ducking.AttackSeconds), GainDbAt(Math.Max(0, start - ducking.AttackSeconds))));
            points.Add((start, ducking.GainDb));
            points.Add((end, ducking.GainDb));
            points.Add((end + ducking.ReleaseSeconds, 0));
        }
        return points;
    }
}
