using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Release.Preparation;
using LegacyPress.Release.Running;

namespace LegacyPress.Release.Steps;

/// <summary>
/// SubRip and WebVTT captions of the film's narration (<c>film.srt</c>, <c>film.vtt</c>) and, when the trailer is
/// made in the same run, of the trailer's. Nothing is written with <c>captions: off</c> or without narration.
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
            written.AddRange(CaptionFiles.Write(timeline, context.OutputFolder, baseName, context.Environment.Streams));
        }
        return new StepResult(written.Count == 0 ? "no narration to caption" : $"{written.Count} caption files", written);
    }

    /// <summary>The cuts captioned in this run: the film (named after its file), and the trailer when it is rendered too.</summary>
    private static async Task<List<(string BaseName, Timeline Timeline)>> CutsAsync(ReleaseContext context)
    {
        var cuts = new List<(string, Timeline)>();
        if (context.Prepared.Film.Audio.Captions == CaptionMode.Off)
        {
            return cuts;
        }
        if (context.IsSelected(FilmStep.StepName) || !context.IsSelected(TrailerStep.StepName))
        {
            cuts.Add((Path.GetFileNameWithoutExtension(context.Settings.Preset.OutputFileName), context.Prepared.Timeline));
        }
        if (context.IsSelected(TrailerStep.StepName))
        {
            cuts.Add(("trailer", (await context.Prepared.TrailerAsync().ConfigureAwait(false)).Cut.Timeline));
        }
        return cuts;
    }
}
