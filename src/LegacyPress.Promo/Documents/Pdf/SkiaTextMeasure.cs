using LegacyPress.Promo.Documents.Layout;
using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Documents.Pdf;

/// <summary>Measures with the document's real fonts: HarfBuzz advances for width, the font's own ascent and descent.</summary>
public sealed class SkiaTextMeasure(DocumentFonts fonts) : ITextMeasure
{
    public double WidthPoints(string text, TextStyle style) => fonts.Shape(text, style).AdvancePoints;

    public FontMetrics Metrics(TextStyle style)
    {
        using var font = fonts.Font(style);
        var m = font.Metrics;
        return new FontMetrics(-m.Ascent, m.Descent);
    }
}
