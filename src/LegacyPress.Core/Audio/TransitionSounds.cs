namespace LegacyPress.Core.Audio;

/// <summary>
/// Sounds some transitions carry by default (a whoosh on a zoom-through). A sound cue the project places
/// in the same moment overrides the default, so a film-maker is never stuck with it.
/// </summary>
public static class TransitionSounds
{
    public static IReadOnlyDictionary<string, (string Effect, double GainDb)> Defaults { get; } = new Dictionary<string, (string, double)>
    {
        ["zoom-through"] = ("whoosh", -12),
        ["slide-left"] = ("whoosh", -18),
        ["slide-right"] = ("whoosh", -18),
        ["push-left"] = ("whoosh", -16),
        ["push-right"] = ("whoosh", -16),
        ["iris"] = ("shimmer", -20),
    };

    /// <summary>A cue this close to a transition (seconds) counts as the project's own sound for it.</summary>
    public const double OverrideWindowSeconds = 0.75;
}
