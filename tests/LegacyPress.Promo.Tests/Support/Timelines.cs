using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Promo.Tests.Support;

/// <summary>
/// Timelines written as the film they describe, for chapter tests:
/// <c>Timelines.At(30).Opening(5).Act("Legacy", 40).Act("Discovery", 60).Credits(20)</c> (seconds, cuts only).
/// </summary>
public sealed class Timelines
{
    private static readonly SourceLocation Nowhere = new("film.yaml", 1, 1);
    private readonly List<Segment> segments = [];
    private readonly FrameRate rate;
    private int frame;
    private int acts;

    private Timelines(FrameRate rate) => this.rate = rate;

    public static Timelines At(int framesPerSecond) => new(new FrameRate(framesPerSecond));

    public Timelines Opening(double seconds) => Add(n => new CardSegment(segments.Count, frame, n, new Card.OpeningTitle("Film", null)), seconds);

    public Timelines ActCard(double seconds) => Add(n => new CardSegment(segments.Count, frame, n, new Card.ActTitle(acts + 1, "card")), seconds);

    /// <summary>An act of one shot lasting <paramref name="seconds"/>.</summary>
    public Timelines Act(string title, double seconds)
    {
        acts++;
        var shot = new Shot($"shot{acts}", "a.png", new ShotDuration.Fixed(seconds), new MotionSpec.Preset(MotionPreset.Still, 0, Easing.Linear),
            FocusPoint.Centre, Fit.Cover, TransitionSpec.Cut, null, [], null, null, null, false, Nowhere);
        var act = new Act(acts, title, [shot], Nowhere);
        return Add(n => new ShotSegment(segments.Count, frame, n, shot, act, acts, new ResolvedMotion(new Framing(1, 0.5, 0.5), new Framing(1, 0.5, 0.5), Easing.Linear)), seconds);
    }

    public Timelines Credits(double seconds) => Add(n => new CardSegment(segments.Count, frame, n, new Card.CreditsRoll([], "Film")), seconds);

    public Timeline Build() => new(rate, segments, [], [], [], frame);

    private Timelines Add(Func<int, Segment> make, double seconds)
    {
        var n = rate.Frames(seconds);
        segments.Add(make(n));
        frame += n;
        return this;
    }
}
