using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Release.Preparation;
using LegacyPress.Release.Running;

namespace LegacyPress.Release.Steps;

/// <summary>
/// SubRip and WebVTT captions of the film's narration and, when the trailer is made in the same run, of the
/// trailer's — each named after its video (<c>film.srt</c> beside <c>film.mp4</c>, <c>trailer-preview.srt</c> beside
/// <c>trailer-preview.mp4</c>). Nothing is written with <c>captions: off</c> or without narration.
/// </summary>
public sealed class CaptionsStep : IReleaseStep
{
    public const string StepName = "captions";

    public string Name => StepName;

    public async Task<IReadOnlyList<FingerprintInput>> InputsAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var inputs = new List<FingerprintInput>();
        foreach (var (baseName, timeline) in await CutsAsync(context).ConfigureAwait(false))
        {
            inputs.Add(FingerprintInput.Value($"{baseName} cues", CaptionFiles.Cues(timeline)));
        }
        return inputs;
    }

    public async Task<IReadOnlyList<string>> OutputsAsync(ReleaseContext context, CancellationToken cancellation) =>
        (await CutsAsync(context).ConfigureAwait(false))
            .Where(c => CaptionFiles.Cues(c.Timeline).Count > 0)
            .SelectMany(c => new[] { context.Output(c.BaseName + ".srt"), context.Output(c.BaseName + ".vtt") })
            .ToList();

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var written = new List<string>();
        foreach (var (baseName, timeline) in await CutsAsync(context).ConfigureAwait(false))
        {
            written.AddRange(CaptionFiles.Write(timeline, context.OutputFolder, baseName));
        }
        return new StepResult(written.Count == 0 ? "no narration to caption" : $"{written.Count} caption files", written);
    }

    /// <summary>The cuts captioned in this run: the film and, when it is rendered too, the trailer, each named after its video.</summary>
    private static async Task<List<(string BaseName, Timeline Timeline)>> CutsAsync(ReleaseContext context)
    {
        var cuts = new List<(string, Timeline)>();
        if (context.Prepared.Film.Audio.Captions == CaptionMode.Off)
        {
            return cuts;
        }
        if (context.IsSelected(FilmStep.StepName) || !context.IsSelected(TrailerStep.StepName))
        {
            cuts.Add((Path.GetFileNameWithoutExtension(context.Prepared.Preset.OutputFileName), context.Prepared.Timeline));
        }
        if (context.IsSelected(TrailerStep.StepName))
        {
            cuts.Add((Path.GetFileNameWithoutExtension(TrailerStep.FileName(context.Prepared.Preset)), (await context.Prepared.TrailerAsync().ConfigureAwait(false)).Cut.Timeline));
        }
        return cuts;
    }
}
