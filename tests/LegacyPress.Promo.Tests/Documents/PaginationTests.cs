using LegacyPress.Promo.Documents.Layout;
using LegacyPress.Promo.Documents.Model;
using static LegacyPress.Promo.Tests.Documents.TestDocuments;

namespace LegacyPress.Promo.Tests.Documents;

public class PaginationTests
{
    private static LaidOutDocument Arrange(params Block[] blocks) => new DocumentLayout(new MonospaceMeasure()).Arrange(With(blocks));

    /// <summary>Body text of a page (chrome is set in a 6 pt sans, the body in 10 pt serif).</summary>
    private static List<string> BodyOf(LaidOutPage page) => page.Texts.Where(t => t.Style.SizePoints >= 10).Select(t => t.Text).ToList();

    [Fact]
    public void A_paragraph_longer_than_a_page_continues_on_the_next()
    {
        var doc = Arrange(Lines(20));
        Assert.Equal(2, doc.Pages.Count);
        Assert.Equal(16, BodyOf(doc.Pages[0]).Count);
        Assert.Equal(["line17", "line18", "line19", "line20"], BodyOf(doc.Pages[1]));
    }

    [Fact]
    public void Lines_are_placed_one_line_height_apart_inside_the_margins()
    {
        var page = Arrange(Lines(3)).Pages[0];
        var lines = page.Texts.Where(t => t.Style.SizePoints >= 10).ToList();
        Assert.All(lines, l => Assert.Equal(20, l.X));
        // 10 pt lines, glyphs 8 up and 2 down, centred: first baseline 8 pt below the top margin.
        Assert.Equal([28.0, 38.0, 48.0], lines.Select(l => l.BaselineY));
    }

    [Fact]
    public void A_single_last_line_is_not_left_alone_on_the_next_page()
    {
        var doc = Arrange(Lines(17));
        Assert.Equal(15, BodyOf(doc.Pages[0]).Count);
        Assert.Equal(["line16", "line17"], BodyOf(doc.Pages[1]));
    }

    [Fact]
    public void A_single_first_line_is_not_left_alone_at_the_foot_of_a_page()
    {
        var doc = Arrange(Lines(15, "a"), Lines(5, "b"));
        Assert.Equal(15, BodyOf(doc.Pages[0]).Count);
        Assert.Equal(["b01", "b02", "b03", "b04", "b05"], BodyOf(doc.Pages[1]));
    }

    [Fact]
    public void A_heading_moves_to_the_next_page_rather_than_end_one()
    {
        var doc = Arrange(Lines(14, "a"), Title("Chapter"), Lines(3, "b"));
        Assert.DoesNotContain("Chapter", BodyOf(doc.Pages[0]));
        Assert.Equal(["Chapter", "b01", "b02", "b03"], BodyOf(doc.Pages[1]));
        Assert.Equal(2, doc.Headings.Single().PageNumber);
    }

    [Fact]
    public void A_block_kept_together_moves_whole_when_it_does_not_fit()
    {
        var doc = Arrange(Lines(10, "a"), Lines(8, "b") with { KeepTogether = true });
        Assert.Equal(10, BodyOf(doc.Pages[0]).Count);
        Assert.Equal(8, BodyOf(doc.Pages[1]).Count);
    }

    [Fact]
    public void A_page_break_starts_a_new_page_but_never_an_empty_one()
    {
        var doc = Arrange(new PageBreak(), Lines(2, "a"), new PageBreak(), Lines(2, "b"));
        Assert.Equal(2, doc.Pages.Count);
        Assert.Equal(["a01", "a02"], BodyOf(doc.Pages[0]));
        Assert.Equal(["b01", "b02"], BodyOf(doc.Pages[1]));
    }

    [Fact]
    public void Space_between_blocks_is_the_larger_of_after_and_before_and_vanishes_at_a_page_top()
    {
        var page = Arrange(Lines(1, "a") with { SpaceBeforePoints = 30, SpaceAfterPoints = 6 }, Lines(1, "b") with { SpaceBeforePoints = 12 }).Pages[0];
        var lines = page.Texts.Where(t => t.Style.SizePoints >= 10).ToList();
        Assert.Equal(28, lines[0].BaselineY);
        Assert.Equal(28 + 10 + 12, lines[1].BaselineY);
    }

    [Fact]
    public void A_long_table_splits_between_rows_and_repeats_its_header()
    {
        var rows = Enumerable.Range(1, 30).Select(i => (IReadOnlyList<TableCell>)[new TableCell([new TextRun($"row{i:00}", Body)]), new TableCell([new TextRun("x", Body)])]).ToList();
        var table = new TableBlock([new TableCell([new TextRun("Name", Body)]), new TableCell([new TextRun("Value", Body)])], rows, [2, 1]);
        var doc = Arrange(table);

        Assert.True(doc.Pages.Count >= 3);
        foreach (var page in doc.Pages)
        {
            var texts = page.Texts.Select(t => t.Text).ToList();
            Assert.Equal(1, texts.Count(t => t == "Name"));
            // The header is at the top of each page, above every row.
            var header = page.Texts.Single(t => t.Text == "Name");
            Assert.All(page.Texts.Where(t => t.Text.StartsWith("row", StringComparison.Ordinal)), r => Assert.True(r.BaselineY > header.BaselineY));
        }
        var all = doc.Pages.SelectMany(p => p.Texts).Where(t => t.Text.StartsWith("row", StringComparison.Ordinal)).Select(t => t.Text).ToList();
        Assert.Equal(rows.Select((_, i) => $"row{i + 1:00}"), all);
        // Header 17 pt (10 pt line, 3.5 pt padding) + 8 rows of 17 pt = 153 pt of the 160 pt body.
        Assert.Equal(8, doc.Pages[0].Texts.Count(t => t.Text.StartsWith("row", StringComparison.Ordinal)));
    }

    [Fact]
    public void Table_columns_follow_their_weights()
    {
        var table = new TableBlock([new TableCell([new TextRun("A", Body)]), new TableCell([new TextRun("B", Body)])], [], [3, 1]);
        var page = Arrange(table).Pages[0];
        Assert.Equal(20 + 5, page.Texts.Single(t => t.Text == "A").X);
        Assert.Equal(20 + 120 + 5, page.Texts.Single(t => t.Text == "B").X);
    }

    [Fact]
    public void Two_columns_sit_side_by_side_and_split_at_the_same_page_foot()
    {
        var doc = Arrange(new ColumnsBlock([Lines(20, "l")], [Lines(3, "r")], LeftFraction: 0.5, GapPoints: 10));
        var first = doc.Pages[0].Texts.Where(t => t.Style.SizePoints >= 10).ToList();
        Assert.Equal(16, first.Count(t => t.Text.StartsWith('l')));
        Assert.Equal(3, first.Count(t => t.Text.StartsWith('r')));
        Assert.All(first.Where(t => t.Text.StartsWith('r')), t => Assert.Equal(20 + 75 + 10, t.X));
        Assert.Equal(["l17", "l18", "l19", "l20"], BodyOf(doc.Pages[1]));
    }

    [Fact]
    public void Contents_list_the_pages_where_headings_landed()
    {
        var doc = Arrange(new ContentsBlock(), new PageBreak(), Title("Alpha"), Lines(30), Title("Beta"), Lines(3), new PageBreak(), Title("Gamma"), Lines(2));
        var placed = doc.Headings.ToDictionary(h => h.Title, h => h.PageNumber);
        Assert.Equal(2, placed["Alpha"]);
        Assert.True(placed["Beta"] > placed["Alpha"]);
        Assert.True(placed["Gamma"] > placed["Beta"]);

        var contents = doc.Pages[0].Texts.Where(t => t.Style.SizePoints >= 10).ToList();
        foreach (var (title, page) in placed)
        {
            var entry = contents.Single(t => t.Text == title);
            var number = contents.Single(t => t != entry && Math.Abs(t.BaselineY - entry.BaselineY) < 0.01);
            Assert.Equal(page.ToString(System.Globalization.CultureInfo.InvariantCulture), number.Text);
        }
        Assert.Contains(doc.Pages[0].Items.OfType<LinkItem>(), l => l.Target == "#gamma");
    }

    [Fact]
    public void Every_page_but_a_cover_has_a_header_and_an_n_of_N_footer()
    {
        var doc = Arrange(new CoverBlock(null, "Title", "Tagline", ["contact"]), Title("First"), Lines(20));
        Assert.Equal(3, doc.Pages.Count);
        Assert.True(doc.Pages[0].IsBare);
        Assert.DoesNotContain(doc.Pages[0].Texts, t => t.Text == "1 of 3");
        Assert.Contains(doc.Pages[1].Texts, t => t.Text == "2 of 3");
        Assert.Contains(doc.Pages[2].Texts, t => t.Text == "3 of 3");
        Assert.Contains(doc.Pages[2].Texts, t => t.Text == "Header");
        // The running head names the chapter the page continues.
        Assert.Contains(doc.Pages[2].Texts, t => t.Text == "First" && t.Style.SizePoints < 10);
    }

    [Fact]
    public void An_image_is_as_tall_as_its_aspect_at_full_width_with_its_caption_below()
    {
        var image = new ImageBlock("still.jpg", new PixelSize(1600, 900), Caption: [new TextRun("A caption", Body)]);
        var page = Arrange(image).Pages[0];
        var placed = page.Items.OfType<ImageItem>().Single();
        Assert.Equal(new BoxRect(20, 20, 160, 90), placed.Box);
        Assert.True(page.Texts.Single(t => t.Text == "A caption").BaselineY > placed.Box.Bottom);
    }

    [Fact]
    public void Links_become_clickable_areas_over_their_words()
    {
        var page = Arrange(new Paragraph([new TextRun("see ", Body), new TextRun("site", Body, "https://example.org")])).Pages[0];
        var link = page.Items.OfType<LinkItem>().Single();
        Assert.Equal("https://example.org", link.Target);
        Assert.Equal(20 + 20, link.Box.X);
        Assert.Equal(20, link.Box.Width);
    }
}
