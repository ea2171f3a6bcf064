using System.Collections.Concurrent;
using LegacyPress.Core.Files;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Core.Trailer;
using LegacyPress.Render.Audio.Mixing;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Look.Matching;
using LegacyPress.Render.Media;
using LegacyPress.Render.Tools;
using LegacyPress.Release.Running;

namespace LegacyPress.Release.Preparation;

/// <summary>
/// A film prepared once for a whole run and shared by every step: loaded, checked, its narration spoken and the
/// timeline planned from the measured voice; the trailer planned (and its lines spoken) on first use; each cut's
/// soundtrack mixed (or found in the mix cache) on first use; and every file hashed at most once.
/// </summary>
public sealed class PreparedFilm : IDisposable
{
    private readonly SpeechServices speech;
    private readonly TrailerOptions trailerOptions;
    private readonly OutputStreamFactory streams;
    private readonly Lazy<Task<PreparedTrailer>> trailer;
    private readonly Lazy<FilmLook> look;
    private readonly ConcurrentDictionary<string, Lazy<Task<SoundtrackResult>>> mixes = new(StringComparer.Ordinal);

    internal PreparedFilm(FilmCut cut, SpeechServices speech, TrailerOptions trailerOptions, string toolVersion, OutputStreamFactory streams)
    {
        // Colour matches are worked out against the one timeline every step draws, with the run's file hashes.
        var (film, surveyed) = ColourMatching.ResolveMeasuring(cut.Film, cut.Timeline, Hashes);
        Cut = new FilmCut(film, cut.Timeline, cut.NarrationFiles);
        look = surveyed is null ? new Lazy<FilmLook>(() => LookSurvey.Run(Cut.Film, Cut.Timeline, Hashes)) : new Lazy<FilmLook>(surveyed);
        this.speech = speech;
        this.trailerOptions = trailerOptions;
        this.streams = streams;
        ToolVersion = toolVersion;
        Preset = RenderPresets.For(cut.Film.Output);
        trailer = new Lazy<Task<PreparedTrailer>>(() => PrepareTrailerAsync(CancellationToken.None));
    }

    /// <summary>The film with measured narration, its timeline and narration files.</summary>
    public FilmCut Cut { get; }

    public Film Film => Cut.Film;

    public Timeline Timeline => Cut.Timeline;

    /// <summary>How the film is rendered in this run: film.yaml's output, or the command line's <c>--preset</c> over it.</summary>
    public RenderPreset Preset { get; }

    /// <summary>The film's look survey (issue 17), measured at most once a run: the look step and the case study read it.</summary>
    public FilmLook Look => look.Value;

    /// <summary>The run's file hashes: stills, LUTs, templates, fonts.</summary>
    public FileHashes Hashes { get; } = new();

    /// <summary>This build of LegacyPress: a new one may draw or encode differently, so it is an input of every step.</summary>
    public string ToolVersion { get; }

    /// <summary>The trailer, planned from the film and with its chosen lines spoken, once per run.</summary>
    public Task<PreparedTrailer> TrailerAsync() => trailer.Value;

    /// <summary>The bytes of every still <paramref name="timeline"/> shows, as fingerprint inputs.</summary>
    public IEnumerable<FingerprintInput> StillInputs(Timeline timeline, string prefix = "still") =>
        Core.Release.StillInputs.Of(Film, timeline, prefix);

    /// <summary>The cut's mix from the project's cache, mixed and normalised first if anything it is made of changed; once per run.</summary>
    /// <exception cref="ReleaseStepException">ffmpeg could not mix or normalise.</exception>
    public Task<SoundtrackResult> MixAsync(FilmCut cut, string name, IReleaseObserver observer, CancellationToken cancellation) =>
        mixes.GetOrAdd(name, _ => new Lazy<Task<SoundtrackResult>>(async () =>
        {
            observer.Log($"{name} soundtrack: mixing narration, music and effects and normalising loudness (cached when unchanged)…");
            try
            {
                return (await FilmSoundtrack.GetOrBuildAsync(Film.Project, name, cut.Audio, streams, cancellation).ConfigureAwait(false)).Result;
            }
            catch (ExternalToolException e)
            {
                throw new ReleaseStepException($"mixing the {name} soundtrack failed: {e.Message}");
            }
        })).Value;

    private async Task<PreparedTrailer> PrepareTrailerAsync(CancellationToken cancellation)
    {
        try
        {
            var (plan, cut) = await new TrailerPreparer(speech.Cache, new AudioLength()).PrepareAsync(Cut, trailerOptions, cancellation).ConfigureAwait(false);
            return new PreparedTrailer(plan, cut);
        }
        catch (SpeechSynthesisException e)
        {
            throw new ReleaseStepException($"trailer narration: {e.Message}");
        }
    }

    public void Dispose() => speech.Dispose();
}

/// <summary>The trailer's plan (with the planner's notes) and the cut the renderer and mixer take.</summary>
public sealed record PreparedTrailer(TrailerPlan Plan, FilmCut Cut);
