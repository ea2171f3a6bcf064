using LegacyPress.Promo.Documents.Layout;
using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Tests.Documents;

/// <summary>A fake font: every character is half the size wide, ascent 0.8 and descent 0.2 of the size.</summary>
internal sealed class MonospaceMeasure : ITextMeasure
{
    public double WidthPoints(string text, TextStyle style) => text.Length * style.SizePoints * 0.5;

    public FontMetrics Metrics(TextStyle style) => new(style.SizePoints * 0.8, style.SizePoints * 0.2);
}
