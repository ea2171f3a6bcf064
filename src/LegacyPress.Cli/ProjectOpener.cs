using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Media;
using LegacyPress.Release.Preparation;
using LegacyPress.Release.Running;

namespace LegacyPress.Cli;

/// <summary>Loads and plans a project the same way for every command; problems become one report and exit 1.</summary>
public static class ProjectOpener
{
    public sealed record Opened(Film Film, Timeline Timeline);

    /// <summary>Returns the film and its timeline, or prints every problem and returns null.</summary>
    public static Opened? Open(string projectPath, CliConsole console)
    {
        var filePath = Directory.Exists(projectPath) ? Path.Combine(projectPath, FilmLoader.FileName) : projectPath;
        var display = DisplayPath(filePath);
        var loaded = new FilmLoader(new MediaInspector()).Load(projectPath, display);
        if (!loaded.Ok)
        {
            console.Report(loaded.Diagnostics);
            return null;
        }
        var planned = TimelinePlanner.Plan(loaded.Film!);
        if (!planned.Ok)
        {
            // Planning names the file by its absolute path; show it the way the user typed it.
            console.Report(planned.Diagnostics.Select(d => d with { Location = d.Location with { File = display } }).ToList());
            return null;
        }
        return new Opened(loaded.Film!, planned.Timeline!);
    }

    /// <summary>
    /// Loads, checks, speaks and plans the project exactly as a release does (the one preparation path), for the
    /// commands that make sound or pictures outside the step table (mix, timeline, plan). Speech progress goes to
    /// stderr so --json output stays clean. Null after printing every problem.
    /// </summary>
    public static async Task<PreparedFilm?> PrepareAsync(string projectPath, CliConsole console, bool quiet, CancellationToken cancellation)
    {
        var (prepared, failure, _) = await FilmPreparation.PrepareAsync(new ReleaseSettings(projectPath, "."), ReleaseRun.Environment(console, quiet), cancellation);
        if (failure is not null)
        {
            if (failure.Diagnostics.Count > 0)
            {
                console.Report(failure.Diagnostics);
            }
            else
            {
                console.Fail(failure.Message);
            }
        }
        return prepared;
    }

    /// <summary>The project file relative to the working folder when inside it, so messages stay short and clickable.</summary>
    public static string DisplayPath(string filePath)
    {
        var full = Path.GetFullPath(filePath);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}
