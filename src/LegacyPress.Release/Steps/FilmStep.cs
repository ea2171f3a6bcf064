using LegacyPress.Core.Release;
using LegacyPress.Release.Running;

namespace LegacyPress.Release.Steps;

/// <summary>The film: picture (in cached pieces, captions burned when asked) and its mixed, normalised soundtrack.</summary>
public sealed class FilmStep : IReleaseStep
{
    public const string StepName = "film";

    public string Name => StepName;

    public Task<IReadOnlyList<FingerprintInput>> InputsAsync(ReleaseContext context, CancellationToken cancellation) =>
        Task.FromResult<IReadOnlyList<FingerprintInput>>(CutRendering.Inputs(context, context.Prepared.Cut, context.Prepared.Preset));

    public Task<IReadOnlyList<string>> OutputsAsync(ReleaseContext context, CancellationToken cancellation) =>
        Task.FromResult<IReadOnlyList<string>>([context.Output(context.Settings.VideoFileName(context.Prepared.Preset.OutputFileName))]);

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var preset = context.Prepared.Preset;
        var rendered = await CutRendering.RenderAsync(context, context.Prepared.Cut, "film", preset, context.Settings.VideoFileName(preset.OutputFileName), $"film {preset.FileTag()}", cancellation).ConfigureAwait(false);
        return new StepResult($"{rendered.Frames} frames, {rendered.PiecesRendered} of {rendered.Pieces} pieces rendered", rendered);
    }
}
