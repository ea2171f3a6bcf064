using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Documents.Layout;

/// <summary>A rectangle in points, origin top-left of the page (or of the fragment that holds it).</summary>
public readonly record struct BoxRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public BoxRect Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}

/// <summary>Something placed on a page by the layout; the renderer draws each kind and nothing else.</summary>
public abstract record PageItem
{
    public abstract PageItem Offset(double dx, double dy);
}

/// <summary>Text in one style starting at <see cref="X"/> on the baseline <see cref="BaselineY"/>; <see cref="WidthPoints"/> as measured.</summary>
public sealed record TextItem(double X, double BaselineY, string Text, TextStyle Style, double WidthPoints) : PageItem
{
    public override PageItem Offset(double dx, double dy) => this with { X = X + dx, BaselineY = BaselineY + dy };
}

/// <summary>An image file drawn into <see cref="Box"/> with its fit and focus point.</summary>
public sealed record ImageItem(BoxRect Box, string Path, PixelSize Pixels, ImageFit Fit, double FocusX, double FocusY) : PageItem
{
    public override PageItem Offset(double dx, double dy) => this with { Box = Box.Offset(dx, dy) };
}

/// <summary>A filled rectangle (table header, tint behind a box).</summary>
public sealed record FillItem(BoxRect Box, RgbColor Color, double Opacity = 1) : PageItem
{
    public override PageItem Offset(double dx, double dy) => this with { Box = Box.Offset(dx, dy) };
}

/// <summary>A straight line.</summary>
public sealed record LineItem(double X1, double Y1, double X2, double Y2, RgbColor Color, double ThicknessPoints) : PageItem
{
    public override PageItem Offset(double dx, double dy) => new LineItem(X1 + dx, Y1 + dy, X2 + dx, Y2 + dy, Color, ThicknessPoints);
}

/// <summary>A clickable area: an absolute URL, or <c>#anchor</c> for a place in the document.</summary>
public sealed record LinkItem(BoxRect Box, string Target) : PageItem
{
    public override PageItem Offset(double dx, double dy) => this with { Box = Box.Offset(dx, dy) };
}

/// <summary>A named place links and bookmarks jump to: the top of a heading.</summary>
public sealed record AnchorItem(string Anchor, string Title, int Level, bool InContents, double Y) : PageItem
{
    public override PageItem Offset(double dx, double dy) => this with { Y = Y + dy };
}

/// <summary>A bar chart drawn as vectors into its box.</summary>
public sealed record ChartItem(BoxRect Box, BarChartBlock Chart, TextStyle LabelStyle, RgbColor Accent) : PageItem
{
    public override PageItem Offset(double dx, double dy) => this with { Box = Box.Offset(dx, dy) };
}

/// <summary>Marks a page that carries no header or footer (the cover).</summary>
public sealed record BarePageMark : PageItem
{
    public override PageItem Offset(double dx, double dy) => this;
}
