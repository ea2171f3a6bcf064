using LegacyPress.Core.Captions;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Release.Farming;
using LegacyPress.Release.Preparation;
using LegacyPress.Release.Running;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Films;
using LegacyPress.Render.Films.Segments;

namespace LegacyPress.Release.Steps;

/// <summary>A cut rendered to a file: how many frames, how many pieces were encoded afresh, and its soundtrack's loudness.</summary>
public sealed record RenderedCut(string OutputPath, RenderPreset Preset, int StartFrame, int EndFrame, FrameRate FilmFrameRate, TimeSpan Elapsed, int Pieces, int PiecesRendered)
{
    public int Frames => EndFrame - StartFrame;

    public double DurationSeconds => FilmFrameRate.Seconds(Frames);

    public double RenderFramesPerSecond => Frames / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public Render.Audio.Mixing.LoudnessMeasurement? Loudness { get; init; }
}

/// <summary>
/// How the film and trailer steps render a cut, the one place for it: the soundtrack mixed (or taken from the mix
/// cache), captions burned when <c>captions: burn</c>, the whole cut encoded in cached pieces — or a plain render of a
/// range — and what the picture reads, as fingerprint inputs.
/// </summary>
internal static class CutRendering
{
    /// <summary>What a rendered cut's file is made of: timeline, look, preset, music, stills, tool, soundtrack and burned captions.</summary>
    public static List<FingerprintInput> Inputs(ReleaseContext context, FilmCut cut, RenderPreset preset)
    {
        var settings = context.Settings;
        var inputs = new List<FingerprintInput>
        {
            context.Tool,
            FingerprintInput.Value("timeline", TimelineViews.AsDrawn(cut.Timeline)),
            FingerprintInput.Value("look", cut.Film.Look),
            FingerprintInput.Value("preset", preset),
            FingerprintInput.Value("music", cut.Film.Music),
            FingerprintInput.Value("burned captions", BurnedCaptions(cut)),
            FingerprintInput.Text("soundtrack", settings.Silent ? "silent" : FilmSoundtrack.Key(cut.Audio)),
            FingerprintInput.Value("range", settings.Range),
        };
        inputs.AddRange(context.Prepared.StillInputs(cut.Timeline));
        return inputs;
    }

    /// <summary>
    /// The cues burned into the picture, or null when captions are not burned. Always the whole cut's, in film time:
    /// the drawer is asked for film frames (a range render asks for its own), so each frame finds its cue by film time.
    /// </summary>
    public static IReadOnlyList<CaptionCue>? BurnedCaptions(FilmCut cut) =>
        cut.Film.Audio.Captions == CaptionMode.Burn ? CaptionFiles.Cues(cut.Timeline) : null;

    /// <exception cref="ReleaseStepException">The mix or the render failed.</exception>
    public static async Task<RenderedCut> RenderAsync(ReleaseContext context, FilmCut cut, string mixName, RenderPreset preset, string outputFileName, string label, CancellationToken cancellation)
    {
        var settings = context.Settings;
        var mix = settings.Silent ? null : await context.Prepared.MixAsync(cut, mixName, context.Observer, cancellation).ConfigureAwait(false);
        var request = PieceRequest(cut, preset, context.OutputFolder) with
        {
            AudioPath = mix?.MixPath,
            OutputFileName = outputFileName,
            FromSeconds = settings.Range?.FromSeconds,
            ToSeconds = settings.Range?.ToSeconds,
        };
        try
        {
            if (settings.Range is not null)
            {
                var plain = await context.Observer.RenderAsync(label, progress => new FilmRenderer(context.Drawers).RenderAsync(request, progress, cancellation)).ConfigureAwait(false);
                return new RenderedCut(plain.OutputPath, preset, plain.Frames.StartFrame, plain.Frames.EndFrame, plain.FilmFrameRate, plain.Elapsed, 1, 1) { Loudness = mix?.After };
            }
            var segments = SegmentsFolder(cut.Film, mixName);
            if (settings.Force && Directory.Exists(segments))
            {
                Directory.Delete(segments, recursive: true);
            }
            Directory.CreateDirectory(segments);
            var farm = context.Environment.RemotePieces?.For(Recipe(context, mixName, preset));
            var renderer = new SegmentedFilmRenderer(context.Drawers, segments, context.Prepared.ToolVersion, hashes: context.Prepared.Hashes, pieceRenderer: farm);
            var result = await context.Observer.RenderAsync(label, progress => renderer.RenderAsync(request, progress, cancellation)).ConfigureAwait(false);
            return new RenderedCut(result.OutputPath, preset, 0, result.TotalFrames, cut.Timeline.FrameRate, result.Elapsed, result.Pieces, result.PiecesRendered) { Loudness = mix?.After };
        }
        catch (RenderException e)
        {
            throw new ReleaseStepException(e.Message);
        }
    }

    /// <summary>What the pieces of <paramref name="cut"/> are drawn from at <paramref name="preset"/>: the film, its timeline and the burned captions.</summary>
    public static RenderRequest PieceRequest(FilmCut cut, RenderPreset preset, string outputFolder) =>
        new(cut.Film, cut.Timeline, preset, outputFolder) { BurnedCaptions = BurnedCaptions(cut) };

    /// <summary>Film and trailer pieces live apart: each renderer prunes the pieces its last render no longer uses.</summary>
    public static string SegmentsFolder(Film film, string cutName) =>
        Path.Combine(film.Project.CacheDirectory, cutName == CutRecipe.FilmCutName ? "segments" : $"segments-{cutName}");

    /// <summary>How a farm worker makes this cut again: the run's project, <c>--preset</c> and trailer length, and the cut's own preset.</summary>
    private static CutRecipe Recipe(ReleaseContext context, string cutName, RenderPreset preset) =>
        new(Path.GetFullPath(context.Settings.ProjectPath), cutName, context.Settings.Preset?.Name,
            preset == context.Prepared.Preset ? null : preset.Name, context.Settings.Trailer.LengthSeconds);
}
