using LegacyPress.Publish;

namespace LegacyPress.Cli.Commands;

/// <summary>
/// The parts of a publish that YouTube refused (the video itself is up): one line each on stderr, always — even with
/// --quiet, since they need the user's action — and the "published with warnings" exit code.
/// </summary>
internal static class PublishWarnings
{
    public static int Report(CliConsole console, PublishResult result)
    {
        foreach (var warning in result.Warnings)
        {
            console.Error.WriteLine($"warning: {warning}");
        }
        if (result.Warnings.Count == 0)
        {
            return ExitCodes.Ok;
        }
        console.Error.WriteLine($"published with {result.Warnings.Count} warning{(result.Warnings.Count == 1 ? "" : "s")}: run publish again after fixing them; only what is missing is sent.");
        return ExitCodes.PublishedWithWarnings;
    }
}
