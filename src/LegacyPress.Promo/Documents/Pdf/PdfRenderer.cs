using LegacyPress.Core.Loading;
using LegacyPress.Core.Files;
using LegacyPress.Promo.Documents.Layout;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Render.Encoding;
using SkiaSharp;

namespace LegacyPress.Promo.Documents.Pdf;

/// <summary>
/// Writes a laid-out document as a PDF through Skia's PDF backend: shaped text with embedded subset fonts, pictures
/// prepared for print, vector rules and charts, links (web and in-document), named destinations for every heading,
/// the Info metadata, then the bookmarks. Thin: every position was decided by the layout.
/// </summary>
public sealed class PdfRenderer(DocumentFonts fonts, OutputStreamFactory? streams = null)
{
    private readonly PdfTextPainter text = new(fonts);

    /// <summary>Writes <paramref name="pdfPath"/> atomically (a partial file until finished, checked whole before the rename), through the renderer's streams.</summary>
    /// <exception cref="OutputWriteException">The file system refused or ran out of room; the previous PDF is untouched.</exception>
    public void Write(LaidOutDocument document, string pdfPath, CancellationToken cancellation = default)
    {
        // Made in memory: Skia writes through a native callback, where a full disk's exception would end the process.
        byte[] pdf;
        using (var stream = new MemoryStream())
        {
            Write(document, stream, cancellation);
            pdf = stream.ToArray();
        }
        PdfCheck.Complete(pdf, pdfPath);
        OutputFile.WriteAllBytes(pdfPath, PdfBookmarks.Add(pdf, document.Headings, document.Paper.HeightPoints), streams: streams);
    }

    private void Write(LaidOutDocument document, Stream stream, CancellationToken cancellation)
    {
        var info = document.Info;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Author = info.Author,
            Subject = info.Subject,
            Keywords = string.Join(", ", info.Keywords),
            Creator = "LegacyPress",
            Producer = "LegacyPress (Skia PDF)",
            Creation = DateTime.UtcNow,
            Modified = DateTime.UtcNow,
            RasterDpi = (float)PrintImage.TargetDpi,
            EncodingQuality = 90,
        };
        using var pdf = SKDocument.CreatePdf(stream, metadata) ?? throw new InvalidOperationException("Skia could not start a PDF");
        var chart = new BarChartPainter(text);
        foreach (var page in document.Pages)
        {
            cancellation.ThrowIfCancellationRequested();
            var canvas = pdf.BeginPage((float)document.Paper.WidthPoints, (float)document.Paper.HeightPoints);
            foreach (var item in page.Items)
            {
                Draw(canvas, item, chart);
            }
            pdf.EndPage();
        }
        pdf.Close();
    }

    private void Draw(SKCanvas canvas, PageItem item, BarChartPainter chart)
    {
        switch (item)
        {
            case TextItem t:
                text.Draw(canvas, t.Text, (float)t.X, (float)t.BaselineY, t.Style);
                break;
            case FillItem f:
            {
                using var paint = new SKPaint { Color = Color(f.Color).WithAlpha((byte)Math.Round(f.Opacity * 255)), IsAntialias = true };
                canvas.DrawRect(Rect(f.Box), paint);
                break;
            }
            case LineItem l:
            {
                using var paint = new SKPaint { Color = Color(l.Color), StrokeWidth = (float)l.ThicknessPoints, IsAntialias = true, Style = SKPaintStyle.Stroke };
                canvas.DrawLine((float)l.X1, (float)l.Y1, (float)l.X2, (float)l.Y2, paint);
                break;
            }
            case ImageItem i:
            {
                var (image, destination) = PrintImage.Prepare(i);
                using (image)
                {
                    canvas.DrawImage(image, destination, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
                }
                break;
            }
            case LinkItem link:
            {
                // The second lock after the readers: only web and mail addresses become clickable, whatever reached here
                // (a javascript: or file: link is never an annotation; its words stay as text).
                using var _ = link.Target.StartsWith(TextRun.InternalLinkPrefix)
                    ? canvas.DrawLinkDestinationAnnotation(Rect(link.Box), link.Target[1..])
                    : LinkSchemes.IsClickable(link.Target) ? canvas.DrawUrlAnnotation(Rect(link.Box), link.Target) : null;
                break;
            }
            case AnchorItem anchor:
            {
                using var _ = canvas.DrawNamedDestinationAnnotation(new SKPoint(0, (float)Math.Max(0, anchor.Y - 24)), anchor.Anchor);
                break;
            }
            case ChartItem c:
                chart.Paint(canvas, c);
                break;
        }
    }

    private static SKColor Color(RgbColor c) => new(c.R, c.G, c.B);

    private static SKRect Rect(BoxRect b) => new((float)b.X, (float)b.Y, (float)b.Right, (float)b.Bottom);
}
