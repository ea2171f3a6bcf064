using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LegacyPress.Promo.Output;

/// <summary>
/// Adds <c>/TrimBox</c> and <c>/BleedBox</c> to the first page of a PDF (Skia's writer has no API for them) as an
/// incremental update: the page object is appended again with the boxes, with a new cross-reference section
/// pointing at it, so the original bytes stay untouched and every reader sees the updated page.
/// </summary>
public static partial class PdfPageBoxes
{
    /// <summary>A box in PDF points from the page's lower-left corner.</summary>
    public readonly record struct PdfBox(double Left, double Bottom, double Right, double Top)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Left:0.###} {Bottom:0.###} {Right:0.###} {Top:0.###}]");
    }

    public static byte[] Add(byte[] pdf, PdfBox trim, PdfBox bleed)
    {
        // PDF syntax is ASCII; Latin-1 maps bytes 1:1 so offsets found in the string are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var page = PageObject().Match(text);
        if (!page.Success)
        {
            throw new PromoException("PDF writer produced no page object to mark with trim and bleed boxes");
        }
        var trailer = Trailer().Matches(text).LastOrDefault() ?? throw new PromoException("PDF has no trailer");
        var startXref = StartXref().Matches(text).Last().Groups[1].Value;
        var size = int.Parse(SizeEntry().Match(trailer.Value).Groups[1].Value, CultureInfo.InvariantCulture);
        var root = RootEntry().Match(trailer.Value).Groups[1].Value;
        var info = InfoEntry().Match(trailer.Value) is { Success: true } i ? $" /Info {i.Groups[1].Value}" : "";

        var number = page.Groups["num"].Value;
        var dictionary = page.Groups["dict"].Value;
        var updatedDictionary = dictionary[..dictionary.LastIndexOf(">>", StringComparison.Ordinal)] + $" /TrimBox {trim} /BleedBox {bleed}>>";
        var builder = new StringBuilder();
        var objectOffset = pdf.Length + 1;
        builder.Append('\n')
            .Append(number).Append(" 0 obj\n").Append(updatedDictionary).Append("\nendobj\n");
        var xrefOffset = pdf.Length + builder.Length;
        builder.Append("xref\n")
            .Append(number).Append(" 1\n")
            .Append(objectOffset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n")
            .Append("trailer\n<</Size ").Append(size.ToString(CultureInfo.InvariantCulture)).Append(" /Root ").Append(root).Append(info)
            .Append(" /Prev ").Append(startXref).Append(">>\n")
            .Append("startxref\n").Append(xrefOffset.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(builder.ToString())];
    }

    [GeneratedRegex(@"(?<num>\d+) 0 obj\s*(?<dict><<\s*/Type\s*/Page\b(?:(?!endobj).)*?>>)\s*endobj", RegexOptions.Singleline)]
    private static partial Regex PageObject();

    [GeneratedRegex(@"trailer\s*<<(?:(?!startxref).)*>>", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Root\s+(\d+ \d+ R)")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Info\s+(\d+ \d+ R)")]
    private static partial Regex InfoEntry();
}
