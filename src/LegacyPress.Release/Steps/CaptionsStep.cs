using LegacyPress.Core.Captions;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Release.Preparation;
using LegacyPress.Release.Running;

namespace LegacyPress.Release.Steps;

/// <summary>
/// SubRip and WebVTT captions of the film's narration and, when the trailer is made in the same run, of the
/// trailer's — each named after its video (<c>film.srt</c> beside <c>film.mp4</c>, <c>trailer-preview.srt</c> beside
/// <c>trailer-preview.mp4</c>, <c>film-preview-0.5-2.srt</c> beside a range's <c>film-preview-0.5-2.mp4</c>). A range
/// render's captions hold only that range, timed from its start. Nothing is
/// written with <c>captions: off</c> or without narration.
/// </summary>
public sealed class CaptionsStep : IReleaseStep
{
    public const string StepName = "captions";

    public string Name => StepName;

    public async Task<IReadOnlyList<FingerprintInput>> InputsAsync(ReleaseContext context, CancellationToken cancellation) =>
        (await CutsAsync(context).ConfigureAwait(false)).Select(c => FingerprintInput.Value($"{c.BaseName} cues", c.Cues)).ToList();

    public async Task<IReadOnlyList<string>> OutputsAsync(ReleaseContext context, CancellationToken cancellation) =>
        (await CutsAsync(context).ConfigureAwait(false))
            .SelectMany(c => new[] { context.Output(c.BaseName + ".srt"), context.Output(c.BaseName + ".vtt") })
            .ToList();

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var written = new List<string>();
        foreach (var (baseName, cues) in await CutsAsync(context).ConfigureAwait(false))
        {
            written.AddRange(CaptionFiles.Write(cues, context.OutputFolder, baseName, context.Environment.Streams));
        }
        return new StepResult(written.Count == 0 ? "no narration to caption" : $"{written.Count} caption files", written);
    }

    /// <summary>The cuts captioned in this run, each with the name of the video it belongs to and the cues of what of it is rendered.</summary>
    private static async Task<List<(string BaseName, IReadOnlyList<CaptionCue> Cues)>> CutsAsync(ReleaseContext context)
    {
        var cuts = new List<(string, IReadOnlyList<CaptionCue>)>();
        if (context.Prepared.Film.Audio.Captions == CaptionMode.Off)
        {
            return cuts;
        }
        var preset = context.Prepared.Preset;
        if (context.IsSelected(FilmStep.StepName) || !context.IsSelected(TrailerStep.StepName))
        {
            Add(context.Settings.VideoFileName(preset.OutputFileName), context.Prepared.Timeline);
        }
        if (context.IsSelected(TrailerStep.StepName))
        {
            Add(context.Settings.VideoFileName(TrailerStep.FileName(preset)), (await context.Prepared.TrailerAsync().ConfigureAwait(false)).Cut.Timeline);
        }
        return cuts;

        // A range is rendered of whichever cut is rendered (CutRendering), so it is captioned of each the same way.
        void Add(string videoFileName, Timeline timeline)
        {
            var whole = CaptionFiles.Cues(timeline);
            if (whole.Count > 0)
            {
                cuts.Add((Path.GetFileNameWithoutExtension(videoFileName), context.Settings.Range is { } range ? CaptionFiles.Cues(timeline, range) : whole));
            }
        }
    }
}
