namespace LegacyPress.Core.Model;

/// <summary>
/// The film.yaml <c>trailer:</c> section: what the film-maker pins about the trailer. Anything left unset is
/// chosen by the trailer planner; nothing here is required.
/// </summary>
/// <param name="LengthSeconds">Target length; null for the planner's default (60 s). The CLI's --length wins.</param>
/// <param name="Shots">Shot ids to use, in this order; empty lets the planner choose.</param>
/// <param name="Lines">Narration sentences to speak, in order; null lets the planner choose, empty means no voice.</param>
/// <param name="Music">A track made for the trailer; null uses the film's score.</param>
/// <param name="Closing">What the last card says.</param>
/// <param name="Sting">The synthesised effect that hits on the title card; null for none.</param>
public sealed record TrailerSettings(
    double? LengthSeconds,
    IReadOnlyList<string> Shots,
    IReadOnlyList<TrailerLine>? Lines,
    TrailerMusic? Music,
    ClosingCardText Closing,
    string? Sting)
{
    public const string DefaultSting = "impact";

    public static TrailerSettings Default { get; } = new(null, [], null, null, ClosingCardText.Default, DefaultSting);
}

/// <summary>One whole sentence of a shot's narration, as the trailer speaks it.</summary>
public sealed record TrailerLine(string ShotId, string Text);

/// <summary>A music file for the trailer: where in the file to start, and its gain.</summary>
public sealed record TrailerMusic(string FilePath, double OffsetSeconds, double GainDb, double? FileDurationSeconds)
{
    /// <summary>What the analysis of the file found (beats, bars); null until preparation listened to it.</summary>
    public MusicAnalysis? Analysis { get; init; }
}

/// <summary>The closing card's words: a call to action and an optional link (the release date comes from the metadata).</summary>
public sealed record ClosingCardText(string Text, string? Link)
{
    public const string DefaultText = "Watch now";

    public static ClosingCardText Default { get; } = new(DefaultText, null);
}
