using System.Globalization;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Files;
using LegacyPress.Core.Loading;
using LegacyPress.Promo.Documents.Markdown;
using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Documents;

/// <summary>
/// Writes a document the way it reads: cover, contents, chapters, paragraphs, facts, figures, galleries, Markdown from
/// the project. Problems (a missing image, a bad path in Markdown) are collected, not thrown, and reported together.
/// </summary>
public sealed class DocumentBuilder(DocumentTheme theme, Func<string, ImageCheck> probeImage, Func<string, string> displayPath)
{
    private readonly List<Block> blocks = [];
    private readonly Anchors anchors = new();
    private readonly DiagnosticBag problems = new();

    public DocumentTheme Theme => theme;

    public IReadOnlyList<Diagnostic> Problems => problems.ToSortedList();

    public DocumentBuilder Add(Block block)
    {
        blocks.Add(block);
        return this;
    }

    public DocumentBuilder Cover(string? imagePath, string kicker, string title, string? tagline, IReadOnlyList<string> footerLines, double focusX = 0.5, double focusY = 0.5) =>
        Add(new CoverBlock(imagePath, title, tagline, footerLines, kicker) { FocusX = focusX, FocusY = focusY }).Add(new PageBreak());

    public DocumentBuilder Contents(string title = "Contents") =>
        Add(new Heading(1, title, anchors.For(title), theme.Heading1, InContents: false) { SpaceAfterPoints = 12 }).Add(new ContentsBlock { SpaceAfterPoints = 18 });

    /// <summary>A level-1 heading, on a new page when <paramref name="newPage"/>.</summary>
    public DocumentBuilder Chapter(string title, bool newPage = false)
    {
        if (newPage)
        {
            Add(new PageBreak());
        }
        return Add(new Heading(1, title, anchors.For(title), theme.Heading1) { SpaceBeforePoints = 28, SpaceAfterPoints = 10 });
    }

    public DocumentBuilder Section(string title) =>
        Add(new Heading(2, title, anchors.For(title), theme.Heading2) { SpaceBeforePoints = 16, SpaceAfterPoints = 5 });

    public DocumentBuilder Lead(string text) =>
        Add(new Paragraph([new TextRun(text, theme.Lead)]) { SpaceAfterPoints = 12 });

    public DocumentBuilder Text(string text, TextStyle? style = null) =>
        Add(new Paragraph([new TextRun(text, style ?? theme.Body)]) { SpaceAfterPoints = 7 });

    public DocumentBuilder Runs(params TextRun[] runs) => Add(new Paragraph(runs) { SpaceAfterPoints = 7 });

    public TextRun Plain(string text) => new(text, theme.Body);

    public TextRun Strong(string text) => new(text, theme.Body.WithBold());

    /// <summary>Words that link to a web or mail address; any other address (javascript:, file:, tel:) leaves them plain words.</summary>
    public TextRun Link(string text, string url) =>
        LinkSchemes.IsClickable(url) ? new(text, theme.Body with { Color = theme.Link }, url) : Plain(text);

    /// <summary>Label/value rows in a two-column table without a header: a fact sheet.</summary>
    public DocumentBuilder Facts(IEnumerable<(string Label, IReadOnlyList<TextRun> Value)> rows, double labelWeight = 1, double valueWeight = 2.2) =>
        Add(FactsTable(rows, labelWeight, valueWeight));

    public TableBlock FactsTable(IEnumerable<(string Label, IReadOnlyList<TextRun> Value)> rows, double labelWeight = 1, double valueWeight = 2.2) =>
        new([], rows.Select(r => (IReadOnlyList<TableCell>)[new TableCell([new TextRun(r.Label, theme.Small with { Bold = true, Color = theme.Accent })]), new TableCell(r.Value)]).ToList(), [labelWeight, valueWeight])
        {
            SpaceBeforePoints = 4,
            SpaceAfterPoints = 14,
            KeepTogether = true, // a fact sheet reads as one card; it splits only when longer than a page
        };

    public DocumentBuilder Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double> weights) =>
        Add(new TableBlock(
            header.Select(h => new TableCell([new TextRun(h, theme.TableHeader)])).ToList(),
            rows.Select(r => (IReadOnlyList<TableCell>)r.Select(c => new TableCell([new TextRun(c, theme.Small)])).ToList()).ToList(),
            weights) { SpaceBeforePoints = 6, SpaceAfterPoints = 14 });

    /// <summary>
    /// An image from the project with a caption, or a problem at <paramref name="referencedAt"/> when it is not a
    /// picture that may be decoded (missing, not a regular file, not PNG/JPEG/WebP, over the size limits).
    /// </summary>
    public ImageBlock? Image(string fullPath, string caption, SourceLocation referencedAt, ImageFit fit = ImageFit.Width, double? heightPoints = null)
    {
        var check = probeImage(fullPath);
        if (check.Header is not { } header)
        {
            problems.Add(referencedAt, $"image '{displayPath(fullPath)}' {check.Problem}");
            return null;
        }
        var pixels = new PixelSize(header.Width, header.Height);
        return new ImageBlock(fullPath, pixels, fit, heightPoints, caption.Length > 0 ? [new TextRun(caption, theme.Caption)] : null) { SpaceBeforePoints = 8, SpaceAfterPoints = 14 };
    }

    /// <summary>A figure with a caption the code wrote, where <c>`backticks`</c> mark a command or file name, set in the code face.</summary>
    public DocumentBuilder Figure(string fullPath, string caption, SourceLocation referencedAt)
    {
        if (Image(fullPath, "", referencedAt) is { } image)
        {
            Add(image with { Caption = caption.Length > 0 ? Inline(caption, theme.Caption) : null });
        }
        return this;
    }

    /// <summary>
    /// Text with Markdown's inline code: each <c>`span`</c> becomes a run in the code face (as the Markdown reader sets
    /// it, in the text's colour), the backticks dropped; an unpaired backtick stays a character.
    /// </summary>
    public IReadOnlyList<TextRun> Inline(string text, TextStyle style)
    {
        var runs = new List<TextRun>();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('`', at);
            var close = open < 0 ? -1 : text.IndexOf('`', open + 1);
            if (close < 0)
            {
                runs.Add(new TextRun(text[at..], style));
                break;
            }
            if (open > at)
            {
                runs.Add(new TextRun(text[at..open], style));
            }
            if (close > open + 1)
            {
                runs.Add(new TextRun(text[(open + 1)..close], style with { Face = FontFace.Mono, SizePoints = style.SizePoints * 0.9, Bold = false, Italic = false }));
            }
            at = close + 1;
        }
        return runs;
    }

    /// <summary>Pictures two to a row, each cropped to the same height so rows line up.</summary>
    public DocumentBuilder Gallery(IEnumerable<(string Path, string Caption, SourceLocation At, double FocusX, double FocusY)> pictures, double heightPoints)
    {
        var images = pictures.Select(p => Image(p.Path, p.Caption, p.At, ImageFit.Cover, heightPoints) is { } i ? i with { FocusX = p.FocusX, FocusY = p.FocusY, SpaceBeforePoints = 0, SpaceAfterPoints = 0 } : null)
            .OfType<ImageBlock>()
            .ToList();
        for (var i = 0; i < images.Count; i += 2)
        {
            IReadOnlyList<Block> right = i + 1 < images.Count ? [images[i + 1]] : [];
            Add(new ColumnsBlock([images[i]], right, 0.5, 14) { SpaceBeforePoints = 6, SpaceAfterPoints = 14, KeepTogether = true });
        }
        return this;
    }

    /// <summary>The blocks of a project Markdown file, when it exists; nothing when it does not.</summary>
    public DocumentBuilder Markdown(string projectDirectory, string relativePath, int headingShift = 0)
    {
        if (ReadMarkdown(projectDirectory, relativePath) is not { } text)
        {
            return this;
        }
        var full = Path.Combine(projectDirectory, relativePath);
        var source = new MarkdownSource(text, full, displayPath(full), projectDirectory, headingShift);
        blocks.AddRange(new MarkdownReader(theme, anchors, probeImage).Read(source, problems));
        return this;
    }

    /// <summary>
    /// The text of a project Markdown file through the project's path rules (inside the project, a regular file, UTF-8);
    /// null when there is nothing there, or when it breaks a rule, which is then one of this document's problems.
    /// </summary>
    public string? ReadMarkdown(string projectDirectory, string relativePath)
    {
        if (!Has(projectDirectory, relativePath))
        {
            return null;
        }
        var shown = displayPath(Path.Combine(projectDirectory, relativePath));
        var (full, problem) = ProjectPaths.ResolveFile(projectDirectory, relativePath);
        if (problem is not null || full is null)
        {
            problems.Add(new SourceLocation(shown, 1, 1), $"'{relativePath.Replace('\\', '/')}' {problem}");
            return null;
        }
        var read = ProjectText.Read(full);
        if (read.Problem is { } invalid)
        {
            problems.Add(new SourceLocation(shown, invalid.Line, invalid.Column), invalid.Message);
            return null;
        }
        return read.Text;
    }

    /// <summary>
    /// Whether the project has something at that path (so a chapter can be left out when it does not): a file, but also
    /// a link or a pipe, which <see cref="ReadMarkdown"/> then refuses with a message instead of leaving the chapter out.
    /// </summary>
    public static bool Has(string projectDirectory, string relativePath)
    {
        var full = Path.Combine(projectDirectory, relativePath);
        return File.Exists(full) || Directory.Exists(full) || new FileInfo(full).LinkTarget is not null;
    }

    public DocumentBuilder PageBreak() => Add(new PageBreak());

    public DocumentBuilder Chart(string title, string unit, IReadOnlyList<BarGroup> groups)
    {
        var rows = groups.Sum(g => g.Bars.Count + 1);
        return Add(new BarChartBlock(title, unit, groups, 40 + rows * 15) { SpaceBeforePoints = 8, SpaceAfterPoints = 14 });
    }

    public Document Build(DocumentInfo info, PaperSize paper, string headerLeft, string footerLeft) =>
        new(info, paper, new PageMargins(68, 58, 64, 58), new PageChrome(headerLeft, footerLeft, theme.Caption, theme.RuleColor), theme, blocks.ToList());

    /// <summary>Seconds as "3 min 27 s" (see <see cref="LegacyPress.Promo.Text.ProseDuration"/>).</summary>
    public static string Runtime(double seconds) => LegacyPress.Promo.Text.ProseDuration.Format(seconds);
}
