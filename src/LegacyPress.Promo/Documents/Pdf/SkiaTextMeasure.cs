using LegacyPress.Promo.Documents.Layout;
using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Documents.Pdf;

/// <summary>Measures with the document's real fonts: shaped advances for width, the font's own ascent and descent.</summary>
public sealed class SkiaTextMeasure(DocumentFonts fonts) : ITextMeasure
{
    public double WidthPoints(string text, TextStyle style) => fonts.Shape(text, style).WidthPixels;

    public FontMetrics Metrics(TextStyle style)
    {
        var line = fonts.Shape("Hg", style);
        return new FontMetrics(line.AscentPixels, line.DescentPixels);
    }
}
