using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Documents.Layout;

/// <summary>
/// How wide text is and how tall its font stands, in points: all the layout needs to know about fonts. The PDF renderer
/// answers with the real shaped fonts; tests answer with a monospace fake.
/// </summary>
public interface ITextMeasure
{
    double WidthPoints(string text, TextStyle style);

    FontMetrics Metrics(TextStyle style);
}

/// <summary>Ascent above and descent below the baseline, both positive, in points.</summary>
public readonly record struct FontMetrics(double AscentPoints, double DescentPoints);
