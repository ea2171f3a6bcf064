using System.Diagnostics;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Loading;
using LegacyPress.Promo.Documents;
using LegacyPress.Promo.Documents.Layout;
using LegacyPress.Promo.Documents.Markdown;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Promo.Documents.Pdf;
using LegacyPress.Promo.PressKit;
using LegacyPress.Promo.Tests.Support;
using static LegacyPress.Promo.Tests.Documents.TestDocuments;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Documents;

/// <summary>
/// What a document may take from the project and put in a PDF: Markdown only from regular UTF-8 files inside the
/// project, and clickable links only to http, https and mailto addresses.
/// </summary>
public sealed class DocumentSafetyTests : IDisposable
{
    private readonly TempFolder outside = new();

    public void Dispose() => outside.Dispose();

    private static (IReadOnlyList<Block> Blocks, IReadOnlyList<Diagnostic> Problems) Read(string project, string markdown)
    {
        var bag = new DiagnosticBag();
        var reader = new MarkdownReader(DocumentTheme.Press, new Anchors(), p => new ImageCheck(p, new ImageHeader(ImageFormat.Png, 400, 300), null));
        var blocks = reader.Read(new MarkdownSource(markdown, Path.Combine(project, "press", "notes.md"), "press/notes.md", project), bag);
        return (blocks, bag.ToSortedList());
    }

    private static void MakeFifo(string path) =>
        Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!.WaitForExit();

    [Theory]
    [InlineData("[click](javascript:alert(1))", "javascript")]
    [InlineData("[click](JavaScript:alert(1))", "JavaScript")]
    [InlineData("[file](file:///etc/passwd)", "file")]
    [InlineData("[data](data:text/html,hi)", "data")]
    [InlineData("[call](tel:+3312345)", "tel")]
    [InlineData("<javascript:alert(1)>", "javascript")]
    public void A_link_that_is_not_web_or_mail_is_reported_at_its_place_and_is_not_clickable(string link, string scheme)
    {
        using var project = new TempFolder();

        var (blocks, problems) = Read(project.Path, "Intro.\n\nSee " + link + " now.");

        var problem = Assert.Single(problems);
        Assert.Equal(new SourceLocation("press/notes.md", 3, 5), problem.Location);
        Assert.Contains($"uses '{scheme}:'; a document may only link to http, https or mailto addresses", problem.Message);
        Assert.All(blocks.OfType<Paragraph>().SelectMany(p => p.Runs), r => Assert.Null(r.Link));
    }

    [Fact]
    public void Web_mail_and_section_links_stay_clickable_and_a_project_file_link_is_words()
    {
        using var project = new TempFolder();
        Directory.CreateDirectory(project.File("press"));
        File.WriteAllText(project.File("press", "there.md"), "x");

        var (blocks, problems) = Read(project.Path, "[w](https://example.org) [m](mailto:press@example.org) <press@example.org> [s](#notes) [f](there.md)");

        Assert.Empty(problems);
        var links = blocks.OfType<Paragraph>().SelectMany(p => p.Runs).Where(r => r.Text.Trim().Length > 0).ToDictionary(r => r.Text, r => r.Link);
        Assert.Equal("https://example.org", links["w"]);
        Assert.Equal("mailto:press@example.org", links["m"]);
        Assert.Equal("mailto:press@example.org", links["press@example.org"]);
        Assert.Equal("#notes", links["s"]);
        Assert.Null(links["f"]);
    }

    [Fact]
    public void Only_web_and_mail_links_become_annotations_in_the_pdf_even_if_another_reaches_the_renderer()
    {
        using var folder = new TempFolder();
        var path = folder.File("links.pdf");
        using var fonts = DocumentFonts.LoadShipped();
        var paragraph = new Paragraph([
            new TextRun("web ", Body, "https://example.org/ok"), new TextRun("script ", Body, "javascript:alert(1)"),
            new TextRun("disk ", Body, "file:///etc/passwd"), new TextRun("mail", Body, "mailto:press@example.org")]);

        new PdfRenderer(fonts).Write(new DocumentLayout(new SkiaTextMeasure(fonts)).Arrange(With(paragraph)), path);

        var raw = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(path));
        Assert.Contains("https://example.org/ok", raw);
        Assert.Contains("mailto:press@example.org", raw);
        Assert.DoesNotContain("javascript", raw);
        Assert.DoesNotContain("file:///etc/passwd", raw);
    }

    [Fact]
    public void A_press_markdown_file_linked_to_a_file_outside_the_project_is_refused_not_read()
    {
        using var project = new SmallProject();
        File.WriteAllText(outside.File("secret.md"), "# SECRET\n\nnot yours");
        Directory.CreateDirectory(project.PathOf("press"));
        File.CreateSymbolicLink(project.PathOf("press", "highlights.md"), outside.File("secret.md"));
        var (film, timeline) = project.LoadAndPlan();

        var problems = ProjectDocuments.Check(film, timeline, project.Display);

        Assert.Equal(["press/highlights.md:1:1: 'press/highlights.md' is a symbolic link that leads out of the project folder"], problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task A_named_pipe_as_press_markdown_is_reported_at_once()
    {
        using var project = new SmallProject();
        Directory.CreateDirectory(project.PathOf("casestudy"));
        MakeFifo(project.PathOf("casestudy", "process.md"));
        var (film, timeline) = project.LoadAndPlan();

        var check = Task.Run(() => ProjectDocuments.Check(film, timeline, project.Display));
        Assert.Same(check, await Task.WhenAny(check, Task.Delay(TimeSpan.FromSeconds(20))));

        Assert.Equal(["casestudy/process.md:1:1: 'casestudy/process.md' is a named pipe, not a regular file (only regular files are read)"], (await check).Select(p => p.ToString()));
    }

    [Fact]
    public void Invalid_utf8_in_press_markdown_is_reported_at_its_line_and_column()
    {
        using var project = new SmallProject();
        Directory.CreateDirectory(project.PathOf("press"));
        File.WriteAllBytes(project.PathOf("press", "director-statement.md"), [.. "# Statement\n\nWhy we\u00e9 "u8, 0xFF, .. " made it.\n"u8]);
        var (film, timeline) = project.LoadAndPlan();

        var problems = ProjectDocuments.Check(film, timeline, project.Display);

        var problem = Assert.Single(problems);
        Assert.Equal("press/director-statement.md:3:9", $"{problem.Location.File}:{problem.Location.Line}:{problem.Location.Column}");
        Assert.StartsWith("not valid UTF-8", problem.Message);
    }
}
