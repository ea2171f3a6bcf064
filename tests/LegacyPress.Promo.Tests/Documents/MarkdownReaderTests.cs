using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Loading;
using LegacyPress.Promo.Documents.Markdown;
using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Tests.Documents;

public sealed class MarkdownReaderTests : IDisposable
{
    private readonly string project = Directory.CreateTempSubdirectory("lp-md-").FullName;
    private readonly DocumentTheme theme = DocumentTheme.Press;

    public void Dispose() => Directory.Delete(project, recursive: true);

    private (IReadOnlyList<Block> Blocks, IReadOnlyList<Diagnostic> Problems) Read(string markdown, int shift = 0)
    {
        var bag = new DiagnosticBag();
        var path = Path.Combine(project, "press", "notes.md");
        var reader = new MarkdownReader(theme, new Anchors(), p => File.Exists(p) ? new ImageCheck(p, new ImageHeader(ImageFormat.Png, 400, 300), null) : ImageCheck.Refused("not found"));
        var blocks = reader.Read(new MarkdownSource(markdown, path, "press/notes.md", project, shift), bag);
        return (blocks, bag.ToSortedList());
    }

    [Fact]
    public void Emphasis_strong_code_and_links_become_styled_runs()
    {
        var (blocks, _) = Read("Plain *slanted* **heavy** `code` and [a link](https://example.org).");
        var runs = Assert.IsType<Paragraph>(Assert.Single(blocks)).Runs;
        Assert.True(runs.Single(r => r.Text == "slanted").Style.Italic);
        Assert.True(runs.Single(r => r.Text == "heavy").Style.Bold);
        Assert.Equal(FontFace.Mono, runs.Single(r => r.Text == "code").Style.Face);
        var link = runs.Single(r => r.Text == "a link");
        Assert.Equal("https://example.org", link.Link);
        Assert.Equal(theme.Link, link.Style.Color);
    }

    [Fact]
    public void Headings_are_shifted_and_get_unique_anchors()
    {
        var (blocks, _) = Read("# Notes\n\n## Notes\n\ntext", shift: 1);
        var headings = blocks.OfType<Heading>().ToList();
        Assert.Equal([2, 3], headings.Select(h => h.Level));
        Assert.Equal(["notes", "notes-2"], headings.Select(h => h.Anchor));
    }

    [Fact]
    public void Lists_hang_their_markers_and_quotes_get_a_side_rule()
    {
        var (blocks, _) = Read("- one\n- two\n\n1. first\n2. second\n\n> quoted words");
        var items = blocks.OfType<Paragraph>().ToList();
        Assert.Equal(["•", "•", "1.", "2.", null], items.Select(p => p.Format.Marker));
        var quote = items[^1];
        Assert.NotNull(quote.Format.SideRule);
        Assert.True(quote.Runs[0].Style.Italic);
    }

    [Fact]
    public void Pipe_tables_become_table_blocks()
    {
        var (blocks, _) = Read("| Tool | Use |\n|---|---|\n| Skia | drawing |\n| ffmpeg | encoding |");
        var table = Assert.IsType<TableBlock>(Assert.Single(blocks));
        Assert.Equal("Tool", table.Header[0].Runs[0].Text);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("encoding", table.Rows[1][1].Runs[0].Text);
    }

    [Fact]
    public void An_image_alone_in_a_paragraph_is_a_figure_captioned_by_its_alt_text()
    {
        Directory.CreateDirectory(Path.Combine(project, "images"));
        File.WriteAllBytes(Path.Combine(project, "images", "a.png"), [1]);
        var (blocks, problems) = Read("![The workshop at dusk](../images/a.png)");
        Assert.Empty(problems);
        var image = Assert.IsType<ImageBlock>(Assert.Single(blocks));
        Assert.Equal(Path.Combine(project, "images", "a.png"), image.Path);
        Assert.Equal("The workshop at dusk", image.Caption![0].Text);
    }

    [Fact]
    public void A_missing_image_is_reported_at_its_line_and_column()
    {
        var (_, problems) = Read("Intro line.\n\n  ![Gone](../images/missing.png)");
        var problem = Assert.Single(problems);
        Assert.Equal(new SourceLocation("press/notes.md", 3, 3), problem.Location);
        Assert.Contains("'../images/missing.png' not found", problem.Message);
    }

    [Fact]
    public void An_image_outside_the_project_is_refused()
    {
        var (_, problems) = Read("![x](../../../etc/passwd)");
        Assert.Contains("escapes the project folder", Assert.Single(problems).Message);
    }

    [Fact]
    public void A_link_to_a_missing_project_file_is_reported_at_its_place()
    {
        Directory.CreateDirectory(Path.Combine(project, "press"));
        File.WriteAllText(Path.Combine(project, "press", "there.md"), "x");
        var (_, problems) = Read("See [the notes](there.md), [the web](https://example.org),\n[a section](#notes) and [the lessons](lessons.md).");
        var problem = Assert.Single(problems);
        Assert.Equal(new SourceLocation("press/notes.md", 2, 25), problem.Location);
        Assert.Contains("'lessons.md' points to a file that does not exist", problem.Message);
    }
}
