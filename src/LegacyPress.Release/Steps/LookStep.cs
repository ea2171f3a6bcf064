using LegacyPress.Core.Files;
using LegacyPress.Core.Looks;
using LegacyPress.Core.Release;
using LegacyPress.Release.Running;
using LegacyPress.Render.Films;
using LegacyPress.Render.Look.Matching;
using LegacyPress.Render.Pictures;

namespace LegacyPress.Release.Steps;

/// <summary>
/// The film's visual consistency (issue 17): <c>look.png</c> (every shot's look, its drift within its group, before and
/// after the colour match) and <c>look.json</c>, beside <c>timeline.png</c>; the drift chart for the case study.
/// </summary>
public sealed class LookStep : IReleaseStep
{
    public const string StepName = "look";

    public string Name => StepName;

    // What the survey measures: each shot's still as framed (motion, fit, focus, the film's shape), the groups and
    // their match settings. Not the shots' times, words or sounds.
    public Task<IReadOnlyList<FingerprintInput>> InputsAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var cut = context.Prepared.Cut;
        var inputs = new List<FingerprintInput>
        {
            context.Tool,
            FingerprintInput.Text("survey", LookSurvey.Version),
            FingerprintInput.Value("look groups", LookGroups.Of(cut.Film).Select(g => new { g.Name, g.Reference, Members = g.Members.Select(m => new { m.Shot.Id, m.Match }) })),
            FingerprintInput.Value("framing", cut.Timeline.Shots.Select(s => new { s.Shot.Id, s.Shot.Fit, s.Shot.Focus, s.Motion })),
            FingerprintInput.Value("shape", cut.Film.Output.AspectRatio),
            FingerprintInput.Value("warn", cut.Film.Look.WarnDeltaE),
        };
        inputs.AddRange(context.Prepared.StillInputs(cut.Timeline));
        return Task.FromResult<IReadOnlyList<FingerprintInput>>(inputs);
    }

    public Task<IReadOnlyList<string>> OutputsAsync(ReleaseContext context, CancellationToken cancellation) =>
        Task.FromResult<IReadOnlyList<string>>([context.Output("look.png"), context.Output("look.json"), context.Output(DriftChartFile)]);

    /// <summary>The drift chart alone, which the case study's "Keeping the look consistent" page shows.</summary>
    public const string DriftChartFile = Promo.PressKit.ProjectDocuments.LookDriftFile;

    public Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var cut = context.Prepared.Cut;
        var look = context.Prepared.Look;
        using (var sheet = LookSheet.Draw(cut.Film.Metadata.Title, look))
        {
            StillRenderer.WritePng(sheet, context.Output("look.png"), context.Environment.Streams);
        }
        using (var chart = DriftChart.Render(look, DriftChart.DocumentWidth))
        {
            StillRenderer.WritePng(chart, context.Output(DriftChartFile), context.Environment.Streams);
        }
        OutputFile.WriteAllText(context.Output("look.json"), LookJson.Text(look), streams: context.Environment.Streams);
        var outliers = look.Outliers.Count();
        var matched = look.Shots.Count(s => s.After is not null);
        var summary = $"{look.Shots.Count()} shots in {look.Groups.Count} groups, {matched} matched"
                      + (outliers > 0 ? $", {outliers} beyond ΔE00 {LookSheet.Number(look.WarnDeltaE)}" : "");
        return Task.FromResult(new StepResult(summary));
    }
}
