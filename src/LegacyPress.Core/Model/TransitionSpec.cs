namespace LegacyPress.Core.Model;

/// <summary>How one segment hands over to the next: a transition kind, its overlap in seconds, its easing.</summary>
public sealed record TransitionSpec(string Kind, double DurationSeconds, Easing Easing)
{
    public static TransitionSpec Cut { get; } = new(TransitionKinds.Cut, 0, Easing.Linear);
}

/// <summary>
/// The names of the transitions the renderer implements. Kept in Core so validation can name them;
/// the renderer's registry is tested to match this list exactly.
/// </summary>
public static class TransitionKinds
{
    public const string Cut = "cut";

    public static IReadOnlyList<string> Known { get; } =
    [
        Cut, "crossfade", "dip-to-black", "dip-to-white",
        "wipe-left", "wipe-right", "wipe-up", "wipe-down",
        "slide-left", "slide-right", "push-left", "push-right",
        "zoom-through", "iris", "clock-wipe", "film-burn",
    ];
}
