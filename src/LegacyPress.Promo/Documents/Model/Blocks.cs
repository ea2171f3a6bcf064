namespace LegacyPress.Promo.Documents.Model;

/// <summary>
/// One thing in a document's flow. Flow rules are properties every block shares: space around it, whether it must stay
/// on the page of what follows (keep-with-next), and whether it may be split across pages at all (keep-together).
/// </summary>
public abstract record Block
{
    public double SpaceBeforePoints { get; init; }

    public double SpaceAfterPoints { get; init; }

    public bool KeepWithNext { get; init; }

    public bool KeepTogether { get; init; }
}

/// <summary>How the lines of a paragraph sit between its margins.</summary>
public enum TextAlignment
{
    Left,
    Center,
    Right,
}

/// <summary>
/// How a paragraph is set: alignment, indents in points, an optional marker (bullet or number) hung in the left indent,
/// a rule drawn down its left side (block quotes), and a tint behind it.
/// </summary>
public sealed record ParagraphFormat(
    TextAlignment Alignment = TextAlignment.Left,
    double LeftIndentPoints = 0,
    double RightIndentPoints = 0,
    string? Marker = null,
    RgbColor? SideRule = null,
    RgbColor? Background = null)
{
    public static ParagraphFormat Default { get; } = new();
}

/// <summary>A section title; numbered in the outline and the contents when <see cref="InContents"/>.</summary>
public sealed record Heading(int Level, string Text, string Anchor, TextStyle Style, bool InContents = true) : Block;

/// <summary>Text in styled runs, broken into lines by the layout.</summary>
public sealed record Paragraph(IReadOnlyList<TextRun> Runs, ParagraphFormat Format) : Block
{
    public Paragraph(IReadOnlyList<TextRun> runs) : this(runs, ParagraphFormat.Default) { }
}

/// <summary>How an image fills the box it is given.</summary>
public enum ImageFit
{
    /// <summary>Whole image, scaled to the box width (the box height follows the image).</summary>
    Width,
    /// <summary>Fills the box, cropped around the focus point.</summary>
    Cover,
    /// <summary>Whole image inside the box, letter-boxed.</summary>
    Contain,
}

/// <summary>Pixel size of an image file, known before layout so boxes can follow its aspect.</summary>
public readonly record struct PixelSize(int Width, int Height)
{
    public double Aspect => Height == 0 ? 1 : (double)Width / Height;
}

/// <summary>
/// A picture from a file with an optional caption. <see cref="HeightPoints"/> fixes the box height (for cover and contain);
/// otherwise the box is as tall as the image at the full width.
/// </summary>
public sealed record ImageBlock(string Path, PixelSize Pixels, ImageFit Fit = ImageFit.Width, double? HeightPoints = null, IReadOnlyList<TextRun>? Caption = null) : Block
{
    public double FocusX { get; init; } = 0.5;

    public double FocusY { get; init; } = 0.5;
}

/// <summary>Two flows side by side; <see cref="LeftFraction"/> of the width goes to the left one.</summary>
public sealed record ColumnsBlock(IReadOnlyList<Block> Left, IReadOnlyList<Block> Right, double LeftFraction = 0.5, double GapPoints = 18) : Block;

/// <summary>A grid of cells of styled text. Rows never split, but the table does, with its header repeated on each page.</summary>
public sealed record TableBlock(IReadOnlyList<TableCell> Header, IReadOnlyList<IReadOnlyList<TableCell>> Rows, IReadOnlyList<double> ColumnWeights) : Block
{
    public int Columns => ColumnWeights.Count;
}

/// <summary>One cell of a table.</summary>
public sealed record TableCell(IReadOnlyList<TextRun> Runs, TextAlignment Alignment = TextAlignment.Left);

/// <summary>Starts a new page.</summary>
public sealed record PageBreak : Block;

/// <summary>A thin horizontal line across the body.</summary>
public sealed record Rule(RgbColor Color, double ThicknessPoints = 0.75) : Block;

/// <summary>Empty vertical space.</summary>
public sealed record Spacer(double HeightPoints) : Block;

/// <summary>The table of contents: one line per heading in contents, with the page it landed on.</summary>
public sealed record ContentsBlock(int MaxLevel = 2) : Block;

/// <summary>
/// A full-bleed first page: an image filling the sheet behind a title, a tagline and a few lines at the bottom.
/// Pages it fills carry no header or footer.
/// </summary>
public sealed record CoverBlock(string? ImagePath, string Title, string? Tagline, IReadOnlyList<string> FooterLines, string? Kicker = null) : Block
{
    public double FocusX { get; init; } = 0.5;

    public double FocusY { get; init; } = 0.5;
}

/// <summary>A vector bar chart: bars in groups, values in one unit, drawn by the renderer.</summary>
public sealed record BarChartBlock(string Title, string Unit, IReadOnlyList<BarGroup> Groups, double HeightPoints) : Block;

/// <summary>A named group of bars (one act, say).</summary>
public sealed record BarGroup(string Label, IReadOnlyList<Bar> Bars);

/// <summary>One bar: its label and value in the chart's unit.</summary>
public sealed record Bar(string Label, double Value);
