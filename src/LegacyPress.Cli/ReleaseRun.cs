using LegacyPress.Release;
using LegacyPress.Release.Farming;
using LegacyPress.Release.Running;

namespace LegacyPress.Cli;

/// <summary>
/// How every command that makes something runs the release runner: one environment (the film drawer, the bundled
/// templates, progress on the terminal unless quiet), one way to report a failure (located problems, then the reason)
/// and the steps' warnings (unless quiet: machine-readable output carries them itself).
/// </summary>
internal static class ReleaseRun
{
    /// <param name="farm">Where the film's and trailer's pieces are rendered: null here, else the farm of <c>--farm</c>.</param>
    public static ReleaseEnvironment Environment(CliConsole console, bool quiet, IRemotePieces? farm = null) =>
        new(FrameDrawers.Film, BundledFiles.Templates, quiet ? SilentObserver.Instance : new ConsoleReleaseObserver(console))
        {
            Display = ProjectOpener.DisplayPath,
            RemotePieces = farm,
        };

    /// <summary>Runs <paramref name="settings"/>; on failure prints every problem and the reason (see <see cref="ExitCodes.Of"/>).</summary>
    public static async Task<ReleaseReport> RunAsync(CliConsole console, ReleaseSettings settings, bool quiet, CancellationToken cancellation, IRemotePieces? farm = null)
    {
        var report = await new ReleaseRunner(Environment(console, quiet, farm)).RunAsync(settings, cancellation);
        if (report.Failure is { } failure)
        {
            if (failure.Diagnostics.Count > 0)
            {
                console.Report(failure.Diagnostics);
            }
            // A project that failed to load already said everything in its problems.
            if (failure.Diagnostics.Count == 0 || report.Steps.Count > 0)
            {
                console.Fail(failure.Message);
            }
            return report;
        }
        if (!quiet)
        {
            console.Warn(report.Steps.SelectMany(s => s.Warnings).ToList());
        }
        return report;
    }
}
