namespace LegacyPress.Tools.ScoreGen;

/// <summary>The sample film's score as plain data: D minor, 68.6 bpm, two bars per chord, three acts of 70 s.</summary>
public static class LegacyScore
{
    public const double BeatSeconds = 0.875;
    public const double ChordSeconds = 8 * BeatSeconds;
    public const double TotalSeconds = 210;

    /// <summary>Where the quiet ending begins: the last cadence and the final fade.</summary>
    public const double ResolutionSeconds = 182;

    public const double FinalFadeSeconds = 12;

    /// <summary>The recurring music-box motif: (beat offset, scale steps from the chord's root). Fifth below, root, third, second, root.</summary>
    public static IReadOnlyList<(double Beat, int Steps)> Motif { get; } = [(0, -3), (1, 0), (2, 2), (2.5, 1), (3, 0)];

    public static IReadOnlyList<Section> Acts { get; } =
    [
        new("Legacy", 0, [Chord.Dm, Chord.Bb, Chord.F, Chord.C, Chord.Dm, Chord.Bb, Chord.Gm, Chord.A, Chord.Dm, Chord.Dm]),
        new("Discovery", 70, [Chord.Dm, Chord.Gm, Chord.Bb, Chord.A, Chord.Dm, Chord.Gm, Chord.C, Chord.F, Chord.Bb, Chord.A]),
        new("Journey", 140, [Chord.Dm, Chord.Bb, Chord.F, Chord.C, Chord.Dm, Chord.Bb, Chord.Gm, Chord.A, Chord.Dm, Chord.Dm]),
    ];

    /// <summary>The pads' lowpass over the film: warm and closed, opening through Discovery, bright in Journey, closing at the end.</summary>
    public static double PadCutoffHz(double tSeconds) => tSeconds switch
    {
        < 70 => 650 + (150 * tSeconds / 70),
        < 140 => 800 + (900 * (tSeconds - 70) / 70),
        < ResolutionSeconds => 1900,
        _ => 1900 - (1400 * Math.Min(1, (tSeconds - ResolutionSeconds) / (TotalSeconds - ResolutionSeconds))),
    };
}
