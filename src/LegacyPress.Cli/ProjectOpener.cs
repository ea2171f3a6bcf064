using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Audio.Analysis;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.Render.Media;
using LegacyPress.Release.Preparation;
using LegacyPress.Release.Running;

namespace LegacyPress.Cli;

/// <summary>Loads and plans a project the same way for every command; problems become one report and exit 1.</summary>
public static class ProjectOpener
{
    /// <summary>The film timed from the speech cache, its timeline, and how many narration lines are still estimated.</summary>
    public sealed record Opened(Film Film, Timeline Timeline, int EstimatedLines)
    {
        public bool Estimated => EstimatedLines > 0;
    }

    /// <summary>
    /// Returns the film and its timeline, or prints every problem and returns null. Narration already spoken (by a
    /// render, mix or release) is timed from the speech cache, so the timeline is the one the film was made with;
    /// lines never spoken are timed by word count and one note on stderr says how many.
    /// </summary>
    /// <param name="options">How strict loading is: <c>generate</c> and <c>plan --prompts</c> run before the stills exist.</param>
    public static async Task<Opened?> OpenAsync(string projectPath, CliConsole console, CancellationToken cancellation, FilmLoadOptions? options = null)
    {
        var filePath = Directory.Exists(projectPath) ? Path.Combine(projectPath, FilmLoader.FileName) : projectPath;
        var display = DisplayPath(filePath);
        var loaded = new FilmLoader(new MediaInspector()).Load(projectPath, display, options);
        // Without a shot there is no timing to check, only the loader's problems (a missing 'acts', say).
        if ((loaded.Film ?? loaded.Draft) is not { } film || !film.Shots.Any())
        {
            console.Report(loaded.Diagnostics);
            return null;
        }
        // A film with problems is still planned, so timing problems are reported with the others in one run.
        var cached = await MeasureCachedAsync(film, cancellation);
        var (heard, unheard) = await FilmMusicListening.ListenAsync(cached.Film, cancellation);
        cached = cached with { Film = heard };
        var planned = TimelinePlanner.Plan(cached.Film);
        if (!loaded.Ok || !planned.Ok || unheard.Count > 0)
        {
            var problems = new DiagnosticBag();
            problems.AddRange(loaded.Diagnostics);
            problems.AddRange(unheard.Select(d => d with { Location = d.Location with { File = display } }));
            // Planning names the file by its absolute path; show it the way the user typed it.
            // The loader checks some timing rules itself (an sfx past a fixed shot); say each problem once.
            var said = loaded.Diagnostics.Select(d => d.Message).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(planned.Diagnostics.Where(d => !said.Contains(d.Message)).Select(d => d with { Location = d.Location with { File = display } }));
            console.Report(problems.ToSortedList());
            return null;
        }
        if (cached.EstimatedLines > 0)
        {
            console.Note(EstimatedNote(cached.EstimatedLines));
        }
        return new Opened(cached.Film, planned.Timeline!, cached.EstimatedLines);
    }

    /// <summary>The film with every narration line already in the speech cache measured; nothing is synthesised.</summary>
    public static async Task<CachedNarration> MeasureCachedAsync(Film film, CancellationToken cancellation)
    {
        using var speech = new SpeechServices(film.Project, progress: null);
        return await new NarrationSynthesizer(speech.Cache, new AudioLength()).MeasureCachedAsync(film, cancellation);
    }

    /// <summary>The one note every planning command prints when some narration has not been spoken yet.</summary>
    public static string EstimatedNote(int lines) =>
        $"timing is estimated for {lines} narration line{(lines == 1 ? "" : "s")} not spoken yet (word count); render, mix or plan speaks them";

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
