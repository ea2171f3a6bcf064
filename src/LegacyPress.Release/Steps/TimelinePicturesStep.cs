using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Release.Preparation;
using LegacyPress.Release.Running;
using LegacyPress.Render.Films;
using LegacyPress.Render.Pictures;

namespace LegacyPress.Release.Steps;

/// <summary>The film at a glance: <c>timeline.png</c> (lanes, ducking, loudness curve of the real mix) and <c>storyboard.png</c> (each shot's still as framed at rest).</summary>
public sealed class TimelinePicturesStep : IReleaseStep
{
    public const string StepName = "timeline";

    public string Name => StepName;

    // The lanes show times, words and sounds; the storyboard shows each shot at rest: neither shows how a shot moves.
    public Task<IReadOnlyList<FingerprintInput>> InputsAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var cut = context.Prepared.Cut;
        var inputs = new List<FingerprintInput>
        {
            context.Tool,
            FingerprintInput.Value("timeline at rest", TimelineViews.AtRest(cut.Timeline)),
            FingerprintInput.Value("look", cut.Film.Look),
            // The storyboard's thumbnails have the film's shape (a vertical film's are vertical).
            FingerprintInput.Value("output", cut.Film.Output),
            FingerprintInput.Value("music", cut.Film.Music),
            FingerprintInput.Text("soundtrack", context.Settings.Silent ? "silent" : FilmSoundtrack.Key(cut.Audio)),
        };
        inputs.AddRange(context.Prepared.StillInputs(cut.Timeline));
        return Task.FromResult<IReadOnlyList<FingerprintInput>>(inputs);
    }

    public Task<IReadOnlyList<string>> OutputsAsync(ReleaseContext context, CancellationToken cancellation) =>
        Task.FromResult<IReadOnlyList<string>>([context.Output("timeline.png"), context.Output("storyboard.png")]);

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var cut = context.Prepared.Cut;
        IReadOnlyList<(double Seconds, double Lufs)>? loudness = null;
        if (!context.Settings.Silent)
        {
            var mix = await context.Prepared.MixAsync(cut, "film", context.Observer, cancellation).ConfigureAwait(false);
            loudness = await LoudnessCurve.MeasureAsync(mix.MixPath, cancellation).ConfigureAwait(false);
        }
        using (var picture = new TimelinePicture().Draw(cut.Film, cut.Timeline, cut.Audio, loudness))
        {
            StillRenderer.WritePng(picture, context.Output("timeline.png"), context.Environment.Streams);
        }
        var shots = new StoryboardRenderer(context.Drawers).RenderPng(cut.Film, cut.Timeline, context.Output("storyboard.png"), streams: context.Environment.Streams);
        return new StepResult($"lanes and a {shots}-shot storyboard");
    }
}
