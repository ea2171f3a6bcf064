using LegacyPress.Core.Loading;

namespace LegacyPress.Core.Planning;

/// <summary>
/// Times asked for on the command line (<c>still --at</c>, <c>render --from</c> and <c>--to</c>) against the planned
/// film: the one place a time is found past the film's end. Bounds that need no film (finite, not negative, at most
/// four hours) are the CLI's option validators; only once a film is planned is its own length known.
/// </summary>
public static class FilmTimeBounds
{
    /// <summary>Null when a frame of the film shows at <paramref name="seconds"/>; else why not, naming <paramref name="option"/>.</summary>
    public static string? Frame(string option, double seconds, Timeline timeline) =>
        seconds < timeline.RuntimeSeconds ? null : PastEnd(option, seconds, timeline);

    /// <summary>Null when <paramref name="seconds"/> can end a range of the film: anywhere up to the film's end, the end included.</summary>
    public static string? End(string option, double seconds, Timeline timeline) =>
        seconds <= timeline.RuntimeSeconds ? null : PastEnd(option, seconds, timeline);

    // Never clamped: a time past the end is a mistake in the command, and the user should see it, not a different frame.
    private static string PastEnd(string option, double seconds, Timeline timeline)
    {
        var end = timeline.RuntimeSeconds;
        var where = seconds > end ? "past" : "at";
        return $"{option}: {FilmLoader.Format(seconds)} s is {where} the film's end ({FilmLoader.Format(end)} s); " +
            $"its last frame starts at {FilmLoader.Format(timeline.Seconds(timeline.TotalFrames - 1))} s";
    }
}
