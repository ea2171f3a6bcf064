using System.Diagnostics;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Loading;
using LegacyPress.Render.Audio.Generated;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Media;
using LegacyPress.Release.Checking;
using LegacyPress.Release.Running;

namespace LegacyPress.Release.Preparation;

/// <summary>
/// Load → check → speak → plan, once per run: the film.yaml is read into the model (its output replaced by the
/// command line's <c>--preset</c> when one was given), everything a release will read is checked (all problems at
/// once), narration is spoken (or found in the speech cache) and the timeline planned once from the measured voice.
/// </summary>
public static class FilmPreparation
{
    public static async Task<(PreparedFilm? Film, ReleaseFailure? Failure, TimeSpan Elapsed)> PrepareAsync(
        ReleaseSettings settings, ReleaseEnvironment environment, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        // One reading of the clock for the whole check, so publish_at is judged once.
        var now = environment.Clock.GetUtcNow();
        var projectPath = settings.ProjectPath;
        var filePath = Directory.Exists(projectPath) ? Path.Combine(projectPath, FilmLoader.FileName) : projectPath;
        var display = environment.Display(filePath);
        var loaded = new FilmLoader(new MediaInspector()).Load(projectPath, display);
        if (!loaded.Ok)
        {
            return (null, new ReleaseFailure("the project has problems", loaded.Diagnostics), clock.Elapsed);
        }
        // The command line's --preset, if any, replaces film.yaml's output here and nowhere else: every step, the
        // press kit's format and the storyboard's shape follow the one film.
        var film = RenderPresets.Choose(loaded.Film!, settings.Preset);
        var speech = new SpeechServices(film.Project, new Progress(environment.Observer), environment.ElevenLabs);
        PreparedFilm? ready = null;
        try
        {
            // What needs no timeline is checked before any narration is spoken (a paid voice costs money), sound effects
            // that could not be made (no key) among it.
            var problems = await ProjectCheck.BeforeSpeakingAsync(film, speech, now, cancellation).ConfigureAwait(false);
            if (problems.Count > 0)
            {
                return (null, new ReleaseFailure("the project has problems", problems), clock.Elapsed);
            }
            var prepared = await new FilmPreparer(new NarrationSynthesizer(speech.Cache, new AudioLength(), speech.Progress), new GeneratedEffects(speech.Sounds, speech.Progress))
                .PrepareAsync(film, cancellation).ConfigureAwait(false);
            if (!prepared.Ok)
            {
                // Planning names the file by its absolute path; show it the way the user typed it.
                var located = prepared.Diagnostics.Select(d => d with { Location = d.Location with { File = display } }).ToList();
                return (null, new ReleaseFailure("the project has problems", located), clock.Elapsed);
            }
            // The rest — templates, documents — against the one timeline the release will use, before any step.
            problems = ProjectCheck.Run(prepared.Cut!.Film, prepared.Cut.Timeline, environment.TemplatesDirectory, environment.Display, now);
            if (problems.Count > 0)
            {
                return (null, new ReleaseFailure("the project has problems", problems), clock.Elapsed);
            }
            ready = new PreparedFilm(prepared.Cut, speech, settings.Trailer, environment.ToolVersion, environment.Streams);
            return (ready, null, clock.Elapsed);
        }
        catch (SpeechSynthesisException e)
        {
            return (null, new ReleaseFailure($"{display}: narration: {e.Message}", []), clock.Elapsed);
        }
        catch (SoundGenerationException e)
        {
            return (null, new ReleaseFailure($"{display}: sound effects: {e.Message}", []), clock.Elapsed);
        }
        finally
        {
            // The prepared film owns the speech services from here on; on every other way out they are released now.
            if (ready is null)
            {
                speech.Dispose();
            }
        }
    }

    /// <summary>Speech progress as log lines.</summary>
    private sealed class Progress(IReleaseObserver observer) : IProgress<string>
    {
        public void Report(string value) => observer.Log(value);
    }
}
