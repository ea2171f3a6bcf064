namespace LegacyPress.Core.Trailer;

/// <summary>The editorial rules of a trailer in numbers: one table, so the planner's code says only how they combine.</summary>
public static class TrailerShape
{
    public const double DefaultLengthSeconds = 60;

    /// <summary>The lengths a trailer may be asked for (film.yaml's <c>trailer.length</c>, the CLI's <c>--length</c>): a teaser to a long cut.</summary>
    public const double MinLengthSeconds = 15;
    public const double MaxLengthSeconds = 180;

    /// <summary>Shot holds: long enough to read a picture, short enough to feel like a trailer.</summary>
    public const double MinHoldSeconds = 1.5;
    public const double MaxHoldSeconds = 4.0;

    public const double HookHoldSeconds = 3.0;
    public const double ClimaxHoldSeconds = 3.5;

    /// <summary>Beats accelerate: the first rising beat holds this long, the last one before the climax this long.</summary>
    public const double FirstBeatHoldSeconds = 3.3;
    public const double LastBeatHoldSeconds = 1.7;

    /// <summary>Camera moves run this much faster than in the film (a trailer shows the busiest part of each move).</summary>
    public const double MotionSpeed = 1.5;

    /// <summary>Below this length the tagline shares the title card instead of getting its own.</summary>
    public const double SeparateTaglineFromSeconds = 45;

    public const double TitleCardSeconds = 3.0;
    public const double TaglineCardSeconds = 2.5;
    public const double ClosingCardSeconds = 3.5;
    public const double ShortClosingCardSeconds = 3.0;

    /// <summary>Soft crossfades open the trailer, plain cuts drive the middle, dips to black close in on the climax.</summary>
    public const double SoftPartUntil = 0.3;
    public const double DipPartFrom = 0.7;
    public const double CrossfadeSeconds = 0.4;
    public const double DipSeconds = 0.3;
    public const double CardDipSeconds = 0.6;

    /// <summary>Narration: starts a little after its picture, breathes between lines, stops before the title.</summary>
    public const double LineDelaySeconds = 0.25;
    public const double LineGapSeconds = 1.5;
    public const double LineClearOfTitleSeconds = 0.2;
    public const double MaxLineSeconds = 4.5;
    public const int MinLineWords = 3;

    public const double MusicFadeInSeconds = 0.5;
    public const double MusicFadeOutSeconds = 2.0;

    public const double StingSeconds = 2.5;
    public const double StingPitch = 0.85;
    public const double StingGainDb = -3;
}
