namespace LegacyPress.Promo.Documents.Model;

/// <summary>A sheet of paper in PDF points (1/72 inch): the two sizes press and schools print on.</summary>
public sealed record PaperSize(string Name, double WidthPoints, double HeightPoints)
{
    public static PaperSize A4 { get; } = new("a4", 595.28, 841.89);

    public static PaperSize Letter { get; } = new("letter", 612, 792);

    public static IReadOnlyList<PaperSize> All { get; } = [A4, Letter];

    /// <summary>The paper called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static PaperSize? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>Page margins in points; the body of every page is what is left inside them.</summary>
public sealed record PageMargins(double TopPoints, double RightPoints, double BottomPoints, double LeftPoints)
{
    public static PageMargins Uniform(double points) => new(points, points, points, points);
}
