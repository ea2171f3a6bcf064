using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Documents.Layout;

/// <summary>One line of a paragraph: its pieces at x offsets from the line start, its width, and its height and ascent in points.</summary>
public sealed record SetLine(IReadOnlyList<LinePiece> Pieces, double WidthPoints, double HeightPoints, double AscentPoints, double DescentPoints)
{
    public string Text => string.Concat(Pieces.Select(p => p.Text));

    /// <summary>Distance from the top of the line to its baseline: the glyphs centred in the line's leading.</summary>
    public double BaselineFromTop => (HeightPoints - AscentPoints - DescentPoints) / 2 + AscentPoints;
}

/// <summary>Text of one style (and link) on a line, <see cref="X"/> points from the line start.</summary>
public sealed record LinePiece(double X, string Text, TextStyle Style, string? Link, double WidthPoints);
