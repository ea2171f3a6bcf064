using LegacyPress.Promo.Documents.Model;
using SkiaSharp;

namespace LegacyPress.Promo.Documents.Pdf;

/// <summary>
/// Draws text as shaped glyph runs that carry their UTF-8 text and clusters (Render/Text's blobs), so the PDF's text is
/// real: selectable, searchable, and copied as the words it shows. Skia embeds and subsets the fonts.
/// </summary>
internal sealed class PdfTextPainter(DocumentFonts fonts)
{
    public double Width(string text, TextStyle style) => fonts.Shape(text, style).WidthPixels;

    public void Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style)
    {
        if (text.Length == 0)
        {
            return;
        }
        using var paint = new SKPaint { Color = new SKColor(style.Color.R, style.Color.G, style.Color.B), IsAntialias = true };
        fonts.Shape(text, style).Draw(canvas, x, baseline, SKTextAlign.Left, paint);
    }
}
