using LegacyPress.Core.Release;
using LegacyPress.Release.Running;
using LegacyPress.Render.Encoding;

namespace LegacyPress.Release.Steps;

/// <summary>The trailer, cut from the film by the trailer planner and rendered like the film (and at the vertical preset when asked).</summary>
public sealed class TrailerStep : IReleaseStep
{
    public const string StepName = "trailer";

    public string Name => StepName;

    /// <summary><c>trailer.mp4</c> for the master, <c>trailer-&lt;preset&gt;.mp4</c> (or <c>trailer-&lt;w&gt;x&lt;h&gt;.mp4</c>) otherwise.</summary>
    public static string FileName(RenderPreset preset) => preset.FileName("trailer");

    public async Task<IReadOnlyList<FingerprintInput>> InputsAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var trailer = await context.Prepared.TrailerAsync().ConfigureAwait(false);
        var inputs = new List<FingerprintInput>();
        foreach (var preset in Presets(context))
        {
            inputs.AddRange(CutRendering.Inputs(context, trailer.Cut, preset).Select(i => i with { Name = $"{preset.Name} {i.Name}" }));
        }
        return inputs;
    }

    public Task<IReadOnlyList<string>> OutputsAsync(ReleaseContext context, CancellationToken cancellation) =>
        Task.FromResult<IReadOnlyList<string>>(Presets(context).Select(p => context.Output(context.Settings.VideoFileName(FileName(p)))).ToList());

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var trailer = await context.Prepared.TrailerAsync().ConfigureAwait(false);
        foreach (var note in trailer.Plan.Notes)
        {
            context.Observer.Log($"note: {note}");
        }
        var rendered = new List<RenderedCut>();
        foreach (var preset in Presets(context))
        {
            rendered.Add(await CutRendering.RenderAsync(context, trailer.Cut, "trailer", preset, context.Settings.VideoFileName(FileName(preset)), $"trailer {preset.FileTag()}", cancellation).ConfigureAwait(false));
        }
        var pieces = string.Join(", ", rendered.Select(r => $"{r.PiecesRendered} of {r.Pieces} pieces rendered"));
        return new StepResult($"{trailer.Cut.Timeline.Shots.Count()} shots, {trailer.Plan.Timeline.Narration.Count} lines, {pieces}", new RenderedTrailer(trailer.Plan, rendered));
    }

    /// <summary>The film's preset and, when asked, the vertical one for Shorts (<c>trailer-vertical.mp4</c>).</summary>
    private static IEnumerable<RenderPreset> Presets(ReleaseContext context) =>
        context.Settings.TrailerVertical && context.Prepared.Preset.Name != "vertical"
            ? [context.Prepared.Preset, RenderPresets.Find("vertical")!]
            : [context.Prepared.Preset];
}

/// <summary>The trailer's plan (shots, lines, the planner's notes) and each preset it was rendered at.</summary>
public sealed record RenderedTrailer(Core.Trailer.TrailerPlan Plan, IReadOnlyList<RenderedCut> Renders);
