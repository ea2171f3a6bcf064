using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Tests.Documents;

/// <summary>Small documents for layout tests: a 10 pt body with 1.0 line height is 10 pt a line and 5 pt a character.</summary>
internal static class TestDocuments
{
    public static readonly TextStyle Body = new(FontFace.Serif, 10, RgbColor.Black, LineHeight: 1.0);

    /// <summary>Paper of 200 × 200 pt with 20 pt margins: a body 160 pt wide (32 characters) and 160 pt tall (16 lines).</summary>
    public static Document With(params Block[] blocks) => new(
        new DocumentInfo("Test", "Author", "Subject", ["k"]),
        new PaperSize("test", 200, 200),
        PageMargins.Uniform(20),
        new PageChrome("Header", "Footer", new TextStyle(FontFace.Sans, 6, RgbColor.Black), RgbColor.Black),
        DocumentTheme.Press with { Body = Body },
        blocks);

    public static Paragraph Lines(int count, string prefix = "line") =>
        new(Enumerable.Range(1, count).Select(i => new TextRun($"{prefix}{i:00}" + (i < count ? "\n" : ""), Body)).ToList());

    public static Heading Title(string text, int level = 1) => new(level, text, Anchor(text), Body with { Bold = true });

    public static string Anchor(string text) => text.ToLowerInvariant().Replace(' ', '-');
}
