using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Trailer;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.Render.Media;
using LegacyPress.Release.Preparation;

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
    /// Opens the project, then speaks and measures its narration and re-plans with the real voice lengths: what every
    /// command that makes sound or picture needs. Speech progress goes to stderr so --json output stays clean.
    /// </summary>
    public static async Task<PreparedFilm?> PrepareAsync(string projectPath, CliConsole console, bool quiet, CancellationToken cancellation)
    {
        var opened = Open(projectPath, console);
        if (opened is null)
        {
            return null;
        }
        PreparationResult prepared;
        using (var speech = SpeechSession.Open(opened.Film.Project, console, quiet))
        {
            try
            {
                prepared = await new FilmPreparer(new NarrationSynthesizer(speech.Cache, new AudioLength(), speech.Progress)).PrepareAsync(opened.Film, cancellation);
            }
            catch (SpeechSynthesisException e)
            {
                throw new UserFacingException($"{DisplayPath(opened.Film.Project.FilePath)}: narration: {e.Message}");
            }
        }
        if (!prepared.Ok)
        {
            var display = DisplayPath(opened.Film.Project.FilePath);
            console.Report(prepared.Diagnostics.Select(d => d with { Location = d.Location with { File = display } }).ToList());
            return null;
        }
        return prepared.Prepared;
    }

    /// <summary>The trailer of a prepared film, its chosen lines spoken and measured, ready for the film's mixer and renderer.</summary>
    public static async Task<(TrailerPlan Plan, PreparedFilm Prepared)> PrepareTrailerAsync(PreparedFilm film, TrailerOptions options, CliConsole console, bool quiet, CancellationToken cancellation)
    {
        using var speech = SpeechSession.Open(film.Film.Project, console, quiet);
        try
        {
            return await new TrailerPreparer(speech.Cache, new AudioLength()).PrepareAsync(film, options, cancellation);
        }
        catch (SpeechSynthesisException e)
        {
            throw new UserFacingException($"{DisplayPath(film.Film.Project.FilePath)}: trailer narration: {e.Message}");
        }
    }

    /// <summary>The speech engines and the project's speech cache, with progress on stderr unless quiet.</summary>
    private sealed class SpeechSession : IDisposable
    {
        private readonly HttpClient http = new();

        private SpeechSession(ProjectInfo project, IProgress<string>? progress)
        {
            Progress = progress;
            Cache = SpeechCache.ForProject(project, SpeechEngines.Create(http, ElevenLabsOptions.FromEnvironment(), progress: progress));
        }

        public SpeechCache Cache { get; }

        public IProgress<string>? Progress { get; }

        public static SpeechSession Open(ProjectInfo project, CliConsole console, bool quiet) =>
            new(project, quiet ? null : new InlineProgress<string>(line => console.Error.WriteLine(line)));

        public void Dispose() => http.Dispose();
    }

    /// <summary>The project file relative to the working folder when inside it, so messages stay short and clickable.</summary>
    public static string DisplayPath(string filePath)
    {
        var full = Path.GetFullPath(filePath);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}
