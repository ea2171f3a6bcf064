using LegacyPress.Core.Files;
using LegacyPress.Promo.Documents.Pdf;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Templates;
using LegacyPress.Render.Encoding;
using SkiaSharp;

namespace LegacyPress.Promo.Output;

/// <summary>
/// Writes a print asset as a vector PDF: the page is the bleed plus a slug carrying crop marks; TrimBox and
/// BleedBox say where to cut. Type stays real text and vector layers stay vectors; pictures are embedded at
/// their own resolution (Skia never upsamples them into the file).
/// </summary>
public static class PrintPdfWriter
{
    /// <summary>Room around the bleed for crop marks, in inches.</summary>
    public const double SlugInches = 0.5;

    /// <summary>Crop marks stop this far from the trim so they never print inside the bleed, in inches.</summary>
    private const double MarkGapInches = 0.1875;

    /// <summary>Draws and writes <paramref name="path"/> (through <paramref name="streams"/>, the disk when null); returns its size.</summary>
    public static long Write(PromoTemplate template, PromoServices services, string path, OutputStreamFactory? streams, CancellationToken cancellation)
    {
        var print = template.Platform.Print ?? throw new InvalidOperationException($"{template.Name} is not a print format");
        var pointsPerPixel = PrintSize.PointsPerInch / print.DotsPerInch;
        var slug = SlugInches * PrintSize.PointsPerInch;
        var bleed = print.BleedInches * PrintSize.PointsPerInch;
        var trimWidth = print.WidthInches * PrintSize.PointsPerInch;
        var trimHeight = print.HeightInches * PrintSize.PointsPerInch;
        var pageWidth = trimWidth + 2 * (bleed + slug);
        var pageHeight = trimHeight + 2 * (bleed + slug);

        byte[] pdf;
        using (var stream = new MemoryStream())
        {
            var metadata = new SKDocumentPdfMetadata
            {
                Title = services.Film.Metadata.Title,
                Subject = template.Platform.Purpose,
                Creator = "LegacyPress",
                Producer = "LegacyPress (Skia PDF)",
                RasterDpi = print.DotsPerInch,
                EncodingQuality = 92,
            };
            using (var document = SKDocument.CreatePdf(stream, metadata))
            {
                var canvas = document.BeginPage((float)pageWidth, (float)pageHeight);
                canvas.Save();
                // Canvas pixels (bleed included) → points, placed inside the slug.
                canvas.Translate((float)slug, (float)slug);
                canvas.Scale((float)pointsPerPixel);
                AssetPainter.Paint(canvas, template, services, cancellation);
                canvas.Restore();
                DrawCropMarks(canvas, slug + bleed, slug + bleed, trimWidth, trimHeight, bleed);
                document.EndPage();
                document.Close();
            }
            pdf = stream.ToArray();
        }
        var trim = new PdfPageBoxes.PdfBox(slug + bleed, slug + bleed, slug + bleed + trimWidth, slug + bleed + trimHeight);
        var bleedBox = new PdfPageBoxes.PdfBox(slug, slug, pageWidth - slug, pageHeight - slug);
        var bytes = PdfPageBoxes.Add(pdf, trim, bleedBox);
        PdfCheck.Complete(bytes, path);
        OutputFile.WriteAllBytes(path, bytes, streams: streams);
        return bytes.Length;
    }

    /// <summary>Hairline marks in the slug, in line with each trim edge, stopping short of the bleed.</summary>
    private static void DrawCropMarks(SKCanvas canvas, double left, double top, double width, double height, double bleed)
    {
        var gap = (float)(MarkGapInches * PrintSize.PointsPerInch);
        var length = (float)(SlugInches * PrintSize.PointsPerInch - 0.0625 * PrintSize.PointsPerInch);
        var start = (float)bleed + gap - (float)bleed;
        using var paint = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.25f, IsStroke = true, IsAntialias = true };
        var xs = new[] { (float)left, (float)(left + width) };
        var ys = new[] { (float)top, (float)(top + height) };
        foreach (var x in xs)
        {
            foreach (var y in ys)
            {
                var outwardX = x == xs[0] ? -1 : 1;
                var outwardY = y == ys[0] ? -1 : 1;
                var reachX = (float)bleed + gap;
                var reachY = (float)bleed + gap;
                // Vertical mark above/below the corner, horizontal mark left/right of it.
                canvas.DrawLine(x, y + outwardY * reachY, x, y + outwardY * (reachY + length - gap), paint);
                canvas.DrawLine(x + outwardX * reachX, y, x + outwardX * (reachX + length - gap), y, paint);
            }
        }
        _ = start;
    }
}
