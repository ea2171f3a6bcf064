using LegacyPress.Core.Audio;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.CaseStudy;
using LegacyPress.Promo.Documents;
using LegacyPress.Promo.Documents.Layout;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Promo.Documents.Pdf;
using LegacyPress.Render.Films;
using LegacyPress.Render.Pictures;

namespace LegacyPress.Promo.PressKit;

/// <summary>The two PDFs written, or every problem that stopped them.</summary>
public sealed record ProjectDocumentsResult(IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Problems, int PressKitPages, int CaseStudyPages);

/// <summary>
/// Writes a project's press kit and case study into a folder: gathers the figures (storyboard and timeline pictures,
/// reusing the ones a release already drew), reads the measured loudness, builds both documents, lays them out and
/// renders them. Nothing is written when any Markdown or image reference is broken.
/// </summary>
public sealed class ProjectDocuments(FrameDrawerFactory drawers, Func<string, string> displayPath)
{
    public const string PressKitFile = "presskit.pdf";
    public const string CaseStudyFile = "casestudy.pdf";

    public ProjectDocumentsResult Write(Film film, Timeline timeline, PaperSize paper, string outputDirectory, CancellationToken cancellation = default)
    {
        var figures = Figures(film, timeline, outputDirectory);
        var (pressKit, caseStudy, problems) = Build(film, timeline, paper, figures, displayPath);
        if (pressKit is null || caseStudy is null || problems.Count > 0)
        {
            return new ProjectDocumentsResult([], problems, 0, 0);
        }

        using var fonts = DocumentFonts.LoadShipped();
        var layout = new DocumentLayout(new SkiaTextMeasure(fonts));
        var renderer = new PdfRenderer(fonts);
        var pressPages = layout.Arrange(pressKit);
        cancellation.ThrowIfCancellationRequested();
        var casePages = layout.Arrange(caseStudy);
        var pressPath = Path.Combine(outputDirectory, PressKitFile);
        var casePath = Path.Combine(outputDirectory, CaseStudyFile);
        renderer.Write(pressPages, pressPath, cancellation);
        renderer.Write(casePages, casePath, cancellation);
        return new ProjectDocumentsResult([pressPath, casePath], [], pressPages.Pages.Count, casePages.Pages.Count);
    }

    /// <summary>
    /// Every problem that would stop <see cref="Write"/>: promo settings, Markdown links and images, pictures the
    /// documents place. Builds both documents' models but draws no figure, lays out no page and writes no file.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(Film film, Timeline timeline, Func<string, string> displayPath) =>
        Build(film, timeline, PaperSize.A4, CaseStudyFigures.None, displayPath).Problems;

    private static (Document? PressKit, Document? CaseStudy, IReadOnlyList<Diagnostic> Problems) Build(
        Film film, Timeline timeline, PaperSize paper, CaseStudyFigures figures, Func<string, string> displayPath)
    {
        var (promo, promoProblems) = PromoSettings.From(film);
        var sources = new DocumentSources(film, timeline, promo, paper, MixLoudness.Read(film), ImageProbe.Size, displayPath);
        var (pressKit, pressProblems) = PressKitDocument.Build(sources);
        var (caseStudy, caseProblems) = CaseStudyDocument.Build(sources, figures);
        var problems = new DiagnosticBag();
        problems.AddRange(promoProblems);
        problems.AddRange(pressProblems);
        problems.AddRange(caseProblems);
        return (pressKit, caseStudy, problems.ToSortedList());
    }

    /// <summary>The storyboard and timeline pictures: the release's own when it drew them, else drawn now into the cache.</summary>
    private CaseStudyFigures Figures(Film film, Timeline timeline, string outputDirectory)
    {
        var cache = Path.Combine(film.Project.CacheDirectory, "documents");
        Directory.CreateDirectory(cache);

        var storyboard = Path.Combine(outputDirectory, "storyboard.png");
        if (!File.Exists(storyboard))
        {
            storyboard = Path.Combine(cache, "storyboard.png");
            new StoryboardRenderer(drawers).RenderPng(film, timeline, storyboard);
        }

        var picture = Path.Combine(outputDirectory, "timeline.png");
        if (!File.Exists(picture))
        {
            // Without a mix there is no loudness curve to draw; the lanes are the same.
            picture = Path.Combine(cache, "timeline.png");
            using var image = new TimelinePicture().Draw(film, timeline, AudioPlanner.Plan(film, timeline, new Dictionary<string, string>()), null);
            StillRenderer.WritePng(image, picture);
        }
        return new CaseStudyFigures(storyboard, picture);
    }
}
