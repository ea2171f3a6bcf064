using LegacyPress.Promo.Documents.Model;
using SkiaSharp;

namespace LegacyPress.Promo.Documents.Pdf;

/// <summary>
/// Draws shaped text as glyph runs that carry their UTF-8 text and clusters, so the PDF's text is real: selectable,
/// searchable, and copied as the words it shows (ligatures included). Skia embeds and subsets the fonts.
/// </summary>
internal sealed class PdfTextPainter(DocumentFonts fonts)
{
    public double Width(string text, TextStyle style) => fonts.Shape(text, style).AdvancePoints;

    public void Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style)
    {
        if (text.Length == 0)
        {
            return;
        }
        var shaped = fonts.Shape(text, style);
        if (shaped.Glyphs.Length == 0)
        {
            return;
        }
        using var font = fonts.Font(style);
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedTextRun(font, shaped.Glyphs.Length, shaped.Utf8.Length, null);
        shaped.Glyphs.CopyTo(run.Glyphs);
        for (var i = 0; i < shaped.Glyphs.Length; i++)
        {
            run.Positions[i] = new SKPoint(shaped.X[i], 0);
        }
        shaped.Utf8.CopyTo(run.Text);
        shaped.Clusters.CopyTo(run.Clusters);
        using var blob = builder.Build();
        if (blob is null)
        {
            return;
        }
        using var paint = new SKPaint { Color = new SKColor(style.Color.R, style.Color.G, style.Color.B), IsAntialias = true };
        canvas.DrawText(blob, x, baseline, paint);
    }
}
