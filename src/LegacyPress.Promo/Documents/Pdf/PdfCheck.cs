using System.Text;

namespace LegacyPress.Promo.Documents.Pdf;

/// <summary>The check every PDF gets before it is written: a header at the start and an end-of-file marker at the end.</summary>
public static class PdfCheck
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("%PDF-");
    private static readonly byte[] End = Encoding.ASCII.GetBytes("%%EOF");

    /// <exception cref="PromoException">Skia stopped before the document was finished.</exception>
    public static void Complete(ReadOnlySpan<byte> pdf, string path)
    {
        var tail = pdf[Math.Max(0, pdf.Length - 64)..];
        if (!pdf.StartsWith(Header) || tail.IndexOf(End) < 0)
        {
            throw new PromoException($"{path}: the PDF came out incomplete ({pdf.Length:N0} bytes, no end-of-file marker); nothing was written");
        }
    }
}
