using System.Globalization;
using System.Text.RegularExpressions;
using LegacyPress.Core.Loading;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Render.Media;
using static LegacyPress.Promo.Tests.Documents.SampleProjectDocuments;

namespace LegacyPress.Promo.Tests.Documents;

/// <summary>Assertions on the sample film's PDFs themselves, read back with poppler-utils.</summary>
public sealed partial class ProjectPdfTests(SampleProjectDocuments documents) : IClassFixture<SampleProjectDocuments>
{
    private static string Words(string text) => Regex.Replace(text, @"\s+", " ");

    [Fact]
    public void Both_documents_are_written_on_A4_with_their_metadata()
    {
        Assert.Empty(documents.Result.Problems);
        var info = Poppler("pdfinfo", documents.PressKit);
        Assert.Contains("Title:           Legacy: Journey Between Worlds — Press kit", info);
        Assert.Contains("Author:          Mara Quill", info);
        Assert.Matches(@"Keywords:\s+press kit, Fantasy", info);
        Assert.Matches(@"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info);
        Assert.Equal(documents.Result.PressKitPages, int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Contains("Subject:         Case study", Poppler("pdfinfo", documents.CaseStudy));
    }

    [Fact]
    public void The_press_kit_text_is_real_text_with_title_synopsis_and_every_credit()
    {
        var text = Words(Poppler("pdftotext", documents.PressKit, "-"));
        var film = new FilmLoader(new MediaInspector()).Load(documents.Project).Film!;
        Assert.Contains("Legacy: Journey Between Worlds", text);
        Assert.Contains(Words(film.Metadata.Synopsis!), text);
        foreach (var credit in film.Metadata.Credits)
        {
            Assert.Contains(credit.Role, text);
            Assert.All(credit.Names, name => Assert.Contains(name, text));
        }
        Assert.Contains("Director's statement", text);
        Assert.Contains("3 min", text);
    }

    [Fact]
    public void Fonts_are_embedded_as_subsets()
    {
        var fonts = Poppler("pdffonts", documents.PressKit).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(fonts);
        // name type encoding emb sub uni: every font embedded and subset (a six-letter tag before the name).
        Assert.All(fonts, f => Assert.Matches(@"^[A-Z]{6}\+\S+.*\byes\s+yes\s+yes\b", f));
    }

    [Fact]
    public void Images_are_placed_at_print_resolution_without_bloating_the_file()
    {
        var rows = Poppler("pdfimages", "-list", documents.PressKit).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
            var ppi = double.Parse(columns[12], CultureInfo.InvariantCulture);
            Assert.True(ppi >= 150, $"image placed at {ppi} ppi: {row}");
        }
        Assert.True(new FileInfo(documents.PressKit).Length < 12_000_000, "the press kit should stay a mailable size");
    }

    [Fact]
    public void Contents_page_numbers_and_bookmarks_match_where_headings_landed()
    {
        foreach (var pdf in new[] { documents.PressKit, documents.CaseStudy })
        {
            var outline = OutlineItem().Matches(Poppler("pdftohtml", "-xml", "-i", "-stdout", "-q", pdf))
                .Select(m => (Page: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Title: System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)))
                .Where(i => i.Title != "Contents")
                .ToList();
            Assert.True(outline.Count >= 8, $"expected bookmarks in {pdf}");
            var contents = Words(Poppler("pdftotext", "-layout", "-f", "2", "-l", "2", pdf, "-"));
            foreach (var (page, title) in outline)
            {
                var onPage = Words(Poppler("pdftotext", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), pdf, "-"));
                Assert.Contains(title, onPage);
                Assert.Matches(Regex.Escape(title) + @" \d*\s*" + page.ToString(CultureInfo.InvariantCulture) + @"\b", contents);
            }
        }
    }

    [Fact]
    public void The_case_study_shows_the_prompts_the_prompt_bible_and_the_figures()
    {
        var text = Words(Poppler("pdftotext", documents.CaseStudy, "-"));
        Assert.Contains("steampunk inventor's workshop at dusk", text);
        Assert.Contains("The prompt bible", text);
        Assert.Contains("Shot durations per act", text);
        Assert.Contains("Discussion questions", text);
        var images = Poppler("pdfimages", "-list", documents.CaseStudy).Split('\n').Skip(2).Count(l => l.Trim().Length > 0);
        Assert.True(images >= 3, "cover, storyboard and timeline pictures");
    }

    [Fact]
    public void A_missing_image_in_project_markdown_is_reported_at_its_place_and_nothing_is_written()
    {
        var project = CopySample();
        try
        {
            File.AppendAllText(Path.Combine(project, "press", "highlights.md"), "\n\n![A still](../images/nowhere.jpg)\n");
            var lines = File.ReadAllLines(Path.Combine(project, "press", "highlights.md")).Length;
            var output = Path.Combine(project, "out");
            var result = Write(project, output, PaperSize.Letter);
            var problem = Assert.Single(result.Problems);
            Assert.Equal($"{Path.Combine("press", "highlights.md")}:{lines}:1", problem.Location.ToString());
            Assert.Contains("'../images/nowhere.jpg' not found", problem.Message);
            Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.pdf").Any());
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"<item page=""(\d+)"">([^<]*)</item>")]
    private static partial Regex OutlineItem();
}
