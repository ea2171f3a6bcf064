using System.CommandLine;
using System.CommandLine.Parsing;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Platforms;
using LegacyPress.Core.Trailer;

namespace LegacyPress.Cli.Commands;

/// <summary>
/// Every numeric option of the CLI, made here with its bounds as a System.CommandLine validator, so NaN, infinities,
/// negative times and absurd sizes are refused while the arguments are parsed — the option and its allowed range
/// named, exit 1, nothing loaded. What depends on the film's own length is checked once it is planned
/// (<see cref="Core.Planning.FilmTimeBounds"/>). Documented in docs/limits.md.
/// </summary>
internal static class NumberOptions
{
    /// <summary>A chunk is held in memory whole while it is sent, so one is at most 256 MiB.</summary>
    public const int MaxChunkKib = 256 * 1024;

    /// <summary>From 10 kB/s (a film still arrives, slowly) to 10 GB/s (faster than any uplink).</summary>
    public const double MinRateLimitMegabytesPerSecond = 0.01;
    public const double MaxRateLimitMegabytesPerSecond = 10_000;

    /// <summary>A time on the film, in seconds: from 0 to the longest film LegacyPress makes.</summary>
    public static Option<double?> Time(string name, string description) =>
        Number(name, description, 0, FilmLimits.MaxRuntimeSeconds, FilmLimits.MaxRuntimeText);

    /// <summary>A trailer's target length in seconds, within the bounds film.yaml's <c>trailer.length</c> has.</summary>
    public static Option<double?> TrailerLength(string name, string description, params string[] aliases) =>
        Number(name, description, TrailerShape.MinLengthSeconds, TrailerShape.MaxLengthSeconds, $"{FilmLoader.Format(TrailerShape.MaxLengthSeconds)} s", aliases);

    /// <summary>An upload speed limit in MB/s.</summary>
    public static Option<double?> RateLimit(string name, string description) =>
        Number(name, description, MinRateLimitMegabytesPerSecond, MaxRateLimitMegabytesPerSecond, $"{FilmLoader.Format(MaxRateLimitMegabytesPerSecond)} MB/s");

    /// <summary>An upload chunk size in KiB: whole 256 KiB units (YouTube's resumable uploads take nothing else), at most <see cref="MaxChunkKib"/>.</summary>
    public static Option<int?> ChunkKib(string name, string description)
    {
        const int unit = YouTubeLimits.ChunkGranularityBytes / 1024;
        var option = new Option<int?>(name) { Description = description };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } k && (k < unit || k > MaxChunkKib || k % unit != 0))
            {
                r.AddError($"{name} must be a multiple of {unit} from {unit} to {MaxChunkKib} KiB (YouTube's resumable uploads take {unit} KiB units; a chunk is held in memory), got {k}");
            }
        });
        return option;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, <paramref name="defaultValue"/> when not given.</summary>
    /// <param name="unit">What the message says after the upper bound: "" or " seconds".</param>
    public static Option<int> WholeNumber(string name, string description, int min, int max, int defaultValue, string unit = "", params string[] aliases)
    {
        var option = new Option<int>(name, aliases) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is var n && (n < min || n > max))
            {
                r.AddError($"{name} must be {min} to {max}{unit}");
            }
        });
        return option;
    }

    /// <summary>Refuses <paramref name="to"/> at or before <paramref name="from"/> when both are given: a range runs forwards.</summary>
    public static void Ordered(Command command, Option<double?> from, Option<double?> to)
    {
        command.Validators.Add(r =>
        {
            if (r.GetValue(from) is { } start && r.GetValue(to) is { } end && end <= start)
            {
                r.AddError($"{to.Name} ({FilmLoader.Format(end)} s) must be after {from.Name} ({FilmLoader.Format(start)} s)");
            }
        });
    }

    /// <param name="maxText">The upper bound with its unit, as the message says it: "180 s".</param>
    private static Option<double?> Number(string name, string description, double min, double max, string maxText, params string[] aliases)
    {
        var option = new Option<double?>(name, aliases) { Description = description };
        option.Validators.Add(r =>
        {
            // NaN fails every comparison, so the test is written to let only finite numbers in the range through.
            if (r.GetValueOrDefault<double?>() is { } v && !(v >= min && v <= max))
            {
                r.AddError($"{name} must be from {FilmLoader.Format(min)} to {maxText}, got {Shown(v)}");
            }
        });
        return option;
    }

    private static string Shown(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "infinity",
        double.NegativeInfinity => "-infinity",
        _ => FilmLoader.Format(value),
    };
}
