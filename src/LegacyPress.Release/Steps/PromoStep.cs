using LegacyPress.Core.Release;
using LegacyPress.Promo;
using LegacyPress.Promo.Campaign;
using LegacyPress.Release.Running;

namespace LegacyPress.Release.Steps;

/// <summary>
/// The campaign: posters (print PDF too), thumbnails, banners, social images, wallpapers, texts and the gallery in
/// <c>promo/</c>. With the step cache on, each asset is redrawn only when what it shows changed (see PromoAssetCache).
/// </summary>
public sealed class PromoStep : IReleaseStep
{
    public const string StepName = "promo";

    public string Name => StepName;

    public Task<IReadOnlyList<FingerprintInput>> InputsAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var film = context.Prepared.Film;
        var inputs = new List<FingerprintInput>
        {
            context.Tool,
            FingerprintInput.Value("metadata", film.Metadata),
            FingerprintInput.Value("promo", film.Promo),
            FingerprintInput.Value("timeline", PromoTimelineReads.Of(context.Prepared.Timeline, context.Environment.TemplatesDirectory, film.Project.Directory)),
            FingerprintInput.Folder("templates", context.Environment.TemplatesDirectory),
            FingerprintInput.Folder("project promo", Path.Combine(film.Project.Directory, "promo")),
            FingerprintInput.Value("only", context.Settings.PromoOnly?.Order(StringComparer.Ordinal).ToList()),
        };
        inputs.AddRange(context.Prepared.StillInputs(context.Prepared.Timeline));
        return Task.FromResult<IReadOnlyList<FingerprintInput>>(inputs);
    }

    public Task<IReadOnlyList<string>> OutputsAsync(ReleaseContext context, CancellationToken cancellation) =>
        Task.FromResult<IReadOnlyList<string>>([Path.Combine(Folder(context), PromoCampaign.ManifestFile)]);

    public Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var prepared = context.Prepared;
        var request = new PromoRequest(prepared.Film, prepared.Timeline, context.Environment.TemplatesDirectory, Folder(context), context.Settings.PromoOnly, context.Drawers, context.Environment.Display)
        {
            // Inside the step, each asset is kept unless something it shows changed.
            Incremental = context.Settings.UseStepCache
                ? new PromoIncremental(context.Cache, prepared.ToolVersion, RedrawAll: context.Settings.Force) { Hashes = prepared.Hashes }
                : null,
            Streams = context.Environment.Streams,
        };
        PromoReport report;
        try
        {
            report = PromoCampaign.Run(request, cancellation);
        }
        catch (PromoException e)
        {
            throw new ReleaseStepException(e.Message);
        }
        if (!report.Ok)
        {
            throw new ReleaseStepException("the promo templates have problems", report.Problems);
        }
        var assets = report.Files.Select(f => f.Asset).Distinct().Count();
        var warnings = report.Warnings.Count == 0 ? "" : $", {report.Warnings.Count} layer{(report.Warnings.Count == 1 ? "" : "s")} not fitting as asked";
        return Task.FromResult(new StepResult($"{assets - report.KeptAssets.Count} of {assets} assets drawn ({report.Files.Count} files), {report.Texts.Count} texts{warnings}", report)
        {
            Warnings = report.Warnings.Select(w => w.ToDiagnostic()).ToList(),
        });
    }

    private static string Folder(ReleaseContext context) => context.Output("promo");
}
