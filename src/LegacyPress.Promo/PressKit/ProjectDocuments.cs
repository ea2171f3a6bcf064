using LegacyPress.Core.Generation;
using LegacyPress.Core.Audio;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Files;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.CaseStudy;
using LegacyPress.Promo.Documents;
using LegacyPress.Promo.Documents.Layout;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Promo.Documents.Pdf;
using LegacyPress.Render.Films;
using LegacyPress.Render.Look.Matching;
using LegacyPress.Render.Pictures;

namespace LegacyPress.Promo.PressKit;

/// <summary>The two PDFs written, or every problem that stopped them.</summary>
public sealed record ProjectDocumentsResult(IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Problems, int PressKitPages, int CaseStudyPages);

/// <summary>Which of a project's two documents to write.</summary>
[Flags]
public enum DocumentKinds
{
    PressKit = 1,
    CaseStudy = 2,
    Both = PressKit | CaseStudy,
}

/// <summary>
/// Writes a project's press kit and case study into a folder: gathers the figures (storyboard and timeline pictures,
/// reusing the ones a release already drew), reads the measured loudness, builds both documents, lays them out and
/// renders them. Nothing is written when any Markdown or image reference is broken. Every file is written through
/// <paramref name="streams"/> (the disk when null).
/// </summary>
public sealed class ProjectDocuments(FrameDrawerFactory drawers, Func<string, string> displayPath, OutputStreamFactory? streams = null, FilmLook? look = null)
{
    public const string PressKitFile = "presskit.pdf";
    public const string CaseStudyFile = "casestudy.pdf";

    /// <summary>Writes both documents; nothing is written when either has a problem.</summary>
    public ProjectDocumentsResult Write(Film film, Timeline timeline, PaperSize paper, string outputDirectory, CancellationToken cancellation = default) =>
        Write(film, timeline, paper, outputDirectory, DocumentKinds.Both, cancellation);

    /// <summary>Writes the press kit, the case study or both; nothing is written when one asked for has a problem.</summary>
    public ProjectDocumentsResult Write(Film film, Timeline timeline, PaperSize paper, string outputDirectory, DocumentKinds kinds, CancellationToken cancellation = default)
    {
        var (pressKit, caseStudy, problems) = Build(film, timeline, paper, kinds, () => Figures(film, timeline, outputDirectory, cancellation), displayPath);
        if (problems.Count > 0 || (kinds.HasFlag(DocumentKinds.PressKit) && pressKit is null) || (kinds.HasFlag(DocumentKinds.CaseStudy) && caseStudy is null))
        {
            return new ProjectDocumentsResult([], problems, 0, 0);
        }

        using var fonts = DocumentFonts.LoadShipped();
        var layout = new DocumentLayout(new SkiaTextMeasure(fonts));
        var renderer = new PdfRenderer(fonts, streams);
        var written = new List<string>();
        var (pressPages, casePages) = (0, 0);
        if (pressKit is not null)
        {
            var pages = layout.Arrange(pressKit);
            var path = Path.Combine(outputDirectory, PressKitFile);
            renderer.Write(pages, path, cancellation);
            (written, pressPages) = ([.. written, path], pages.Pages.Count);
        }
        cancellation.ThrowIfCancellationRequested();
        if (caseStudy is not null)
        {
            var pages = layout.Arrange(caseStudy);
            var path = Path.Combine(outputDirectory, CaseStudyFile);
            renderer.Write(pages, path, cancellation);
            (written, casePages) = ([.. written, path], pages.Pages.Count);
        }
        return new ProjectDocumentsResult(written, [], pressPages, casePages);
    }

    /// <summary>
    /// Every problem that would stop <see cref="Write"/>: promo settings, Markdown links and images, pictures the
    /// documents place. Builds both documents' models but draws no figure, lays out no page and writes no file.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(Film film, Timeline timeline, Func<string, string> displayPath) =>
        Build(film, timeline, PaperSize.A4, DocumentKinds.Both, () => CaseStudyFigures.None, displayPath).Problems;

    /// <summary>The documents asked for, built but not laid out; the case study's figures are made only when it is.</summary>
    private static (Document? PressKit, Document? CaseStudy, IReadOnlyList<Diagnostic> Problems) Build(
        Film film, Timeline timeline, PaperSize paper, DocumentKinds kinds, Func<CaseStudyFigures> figures, Func<string, string> displayPath)
    {
        var (promo, promoProblems) = PromoSettings.From(film);
        var problems = new DiagnosticBag();
        problems.AddRange(promoProblems);
        IReadOnlyDictionary<string, StillProvenance> provenance = new Dictionary<string, StillProvenance>();
        try
        {
            provenance = ProvenanceFile.Read(film.Project.Directory);
        }
        catch (ProvenanceException e)
        {
            problems.Add(new SourceLocation(displayPath(Path.Combine(film.Project.Directory, ProvenanceFile.RelativePath)), 1, 1), e.Message);
        }
        var sources = new DocumentSources(film, timeline, promo, paper, MixLoudness.Read(film), ImageFiles.CheckFile, displayPath) { Provenance = provenance };
        Document? pressKit = null;
        Document? caseStudy = null;
        if (kinds.HasFlag(DocumentKinds.PressKit))
        {
            (pressKit, var found) = PressKitDocument.Build(sources);
            problems.AddRange(found);
        }
        if (kinds.HasFlag(DocumentKinds.CaseStudy))
        {
            (caseStudy, var found) = CaseStudyDocument.Build(sources, figures());
            problems.AddRange(found);
        }
        return (pressKit, caseStudy, problems.ToSortedList());
    }

    /// <summary>The drift chart's file name, the look step's and the documents' cache alike.</summary>
    public const string LookDriftFile = "look-drift.png";

    /// <summary>
    /// The storyboard, timeline and drift-chart pictures: the release's own when it drew them, else drawn now into the
    /// cache; and the look survey the case study tells of (the run's, when given).
    /// </summary>
    private CaseStudyFigures Figures(Film film, Timeline timeline, string outputDirectory, CancellationToken cancellation)
    {
        var cache = Path.Combine(film.Project.CacheDirectory, "documents");
        Directory.CreateDirectory(cache);

        var storyboard = Path.Combine(outputDirectory, "storyboard.png");
        if (!File.Exists(storyboard))
        {
            storyboard = Path.Combine(cache, "storyboard.png");
            new StoryboardRenderer(drawers).RenderPng(film, timeline, storyboard, streams: streams);
        }

        var picture = Path.Combine(outputDirectory, "timeline.png");
        if (!File.Exists(picture))
        {
            // Without a mix there is no loudness curve to draw; the lanes are the same.
            picture = Path.Combine(cache, "timeline.png");
            using var image = new TimelinePicture().Draw(film, timeline, AudioPlanner.Plan(film, timeline, new Dictionary<string, string>()), null);
            StillRenderer.WritePng(image, picture, streams);
        }
        var measured = look ?? LookSurvey.Run(film, timeline, new FileHashes(), cancellation);
        var drift = Path.Combine(outputDirectory, LookDriftFile);
        if (!File.Exists(drift))
        {
            drift = Path.Combine(cache, LookDriftFile);
            using var chart = DriftChart.Render(measured, DriftChart.DocumentWidth);
            StillRenderer.WritePng(chart, drift, streams);
        }
        return new CaseStudyFigures(storyboard, picture) { Look = measured, LookDriftPng = drift };
    }
}
