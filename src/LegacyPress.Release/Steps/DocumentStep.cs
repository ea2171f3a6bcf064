using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Promo.PressKit;
using LegacyPress.Release.Preparation;
using LegacyPress.Release.Running;

namespace LegacyPress.Release.Steps;

/// <summary>
/// One of the project's PDFs (press kit, case study): what both read — the film's words, timeline, stills, the
/// project's Markdown and the mix's loudness — and how one is written. Nothing is written when a reference is broken.
/// </summary>
public abstract class DocumentStep(string name, DocumentKinds kind, string fileName) : IReleaseStep
{
    public string Name => name;

    public virtual Task<IReadOnlyList<FingerprintInput>> InputsAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var prepared = context.Prepared;
        var film = prepared.Film;
        var inputs = new List<FingerprintInput>
        {
            context.Tool,
            FingerprintInput.Value("metadata", film.Metadata),
            FingerprintInput.Value("promo", film.Promo),
            // The press kit's format and resolution, and the case study's storyboard shape.
            FingerprintInput.Value("output", film.Output),
            FingerprintInput.Value("timeline", TimelineView(prepared.Timeline)),
            FingerprintInput.Folder("press", Path.Combine(film.Project.Directory, "press")),
            FingerprintInput.Folder("casestudy", Path.Combine(film.Project.Directory, "casestudy")),
            FingerprintInput.Text("soundtrack", FilmSoundtrack.Key(prepared.Cut.Audio)),
            FingerprintInput.Text("paper", context.Settings.Paper.Name),
        };
        inputs.AddRange(prepared.StillInputs(prepared.Timeline));
        return Task.FromResult<IReadOnlyList<FingerprintInput>>(inputs);
    }

    /// <summary>What of the timeline the document shows: by default its timing and words, not how shots move.</summary>
    protected virtual Timeline TimelineView(Timeline timeline) => TimelineViews.AtRest(timeline);

    public Task<IReadOnlyList<string>> OutputsAsync(ReleaseContext context, CancellationToken cancellation) =>
        Task.FromResult<IReadOnlyList<string>>([context.Output(fileName)]);

    public Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var prepared = context.Prepared;
        var written = new ProjectDocuments(context.Drawers, context.Environment.Display, context.Environment.Streams, kind.HasFlag(DocumentKinds.CaseStudy) ? context.Prepared.Look : null)
            .Write(prepared.Film, prepared.Timeline, context.Settings.Paper, context.OutputFolder, kind, cancellation);
        if (written.Problems.Count > 0)
        {
            throw new ReleaseStepException($"the {name} has problems", written.Problems);
        }
        var pages = kind == DocumentKinds.PressKit ? written.PressKitPages : written.CaseStudyPages;
        return Task.FromResult(new StepResult($"{pages} pages", new WrittenDocument(context.Output(fileName), pages)));
    }
}

/// <summary>A PDF a document step wrote, and its page count.</summary>
public sealed record WrittenDocument(string Path, int Pages);

/// <summary>The press kit (<c>presskit.pdf</c>): cover, logline, fact sheet, synopsis, stills, credits, contact.</summary>
public sealed class PressKitStep() : DocumentStep(StepName, DocumentKinds.PressKit, ProjectDocuments.PressKitFile)
{
    public const string StepName = "presskit";
}

/// <summary>The making-of case study (<c>casestudy.pdf</c>), with the release's storyboard and timeline pictures.</summary>
public sealed class CaseStudyStep() : DocumentStep(StepName, DocumentKinds.CaseStudy, ProjectDocuments.CaseStudyFile)
{
    public const string StepName = "casestudy";

    /// <summary>Its "motion and transitions" table lists each shot's motion.</summary>
    protected override Timeline TimelineView(Timeline timeline) => timeline;

    public override async Task<IReadOnlyList<FingerprintInput>> InputsAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var inputs = (await base.InputsAsync(context, cancellation).ConfigureAwait(false)).ToList();
        // Its figures are the timeline step's pictures when they are in the release.
        inputs.Add(FingerprintInput.File("timeline picture", context.Output("timeline.png")));
        inputs.Add(FingerprintInput.File("storyboard picture", context.Output("storyboard.png")));
        // Its look chapter: the look step's chart, and its figures (look.json holds the table's numbers).
        inputs.Add(FingerprintInput.File("look chart", context.Output(LookStep.DriftChartFile)));
        inputs.Add(FingerprintInput.File("look figures", context.Output("look.json")));
        return inputs;
    }
}
