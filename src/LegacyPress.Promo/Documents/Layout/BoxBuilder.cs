using System.Globalization;
using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Documents.Layout;

/// <summary>
/// Measures blocks into flow boxes for a given column width: lines set, images sized, table rows built. Everything a
/// page needs is decided here; the paginator only cuts.
/// </summary>
internal sealed class BoxBuilder(Document document, ITextMeasure measure, IReadOnlyDictionary<string, int> pageOfAnchor)
{
    private const double CaptionGap = 5;
    private const double CellPaddingX = 5;
    private const double CellPaddingY = 3.5;
    private const double MarkerGap = 5;

    private readonly LineSetter lines = new(measure);
    private DocumentTheme Theme => document.Theme;

    public StackBox Stack(IReadOnlyList<Block> blocks, double width) =>
        new(blocks.Select(b => Box(b, width)).ToList(), document.BodyHeightPoints);

    private FlowBox Box(Block block, double width)
    {
        FlowBox box = block switch
        {
            Heading h => HeadingBox(h, width),
            Paragraph p => ParagraphBox(p.Runs, p.Format, width),
            ImageBlock i => ImageBox(i, width),
            ColumnsBlock c => ColumnsBox(c, width),
            TableBlock t => TableBox(t, width),
            PageBreak => new PageBreakBox(),
            Rule r => new AtomicBox(new Fragment(r.ThicknessPoints, [new LineItem(0, r.ThicknessPoints / 2, width, r.ThicknessPoints / 2, r.Color, r.ThicknessPoints)])),
            Spacer s => new AtomicBox(new Fragment(s.HeightPoints, [])),
            ContentsBlock c => ContentsBox(c, width),
            CoverBlock c => CoverBox(c),
            BarChartBlock c => new AtomicBox(new Fragment(c.HeightPoints, [new ChartItem(new BoxRect(0, 0, width, c.HeightPoints), c, Theme.Caption, Theme.Accent)])),
            _ => throw new NotSupportedException($"no layout for {block.GetType().Name}"),
        };
        return box.Follow(block);
    }

    private FlowBox HeadingBox(Heading h, double width)
    {
        var set = lines.Set([new TextRun(h.Text, h.Style)], width);
        var fragments = set.Select(l => LineFragment(l, 0, width, TextAlignment.Left)).ToList();
        var marks = new List<PageItem> { new AnchorItem(h.Anchor, h.Text, h.Level, h.InContents, 0) };
        if (h.Level == 1)
        {
            // A short brass bar over each chapter title: the one ornament of the layout.
            marks.Add(new FillItem(new BoxRect(0, -8, 36, 2.5), Theme.Accent));
        }
        return (LinesBox)new LinesBox(fragments, marks).Always(keepTogether: true, keepWithNext: true);
    }

    private LinesBox ParagraphBox(IReadOnlyList<TextRun> runs, ParagraphFormat format, double width)
    {
        var measureWidth = Math.Max(12, width - format.LeftIndentPoints - format.RightIndentPoints);
        var set = lines.Set(runs, measureWidth);
        var fragments = set.Select(l => LineFragment(l, format.LeftIndentPoints, measureWidth, format.Alignment)).ToList();
        var marks = new List<PageItem>();
        if (format.Marker is { } marker && set.Count > 0 && runs.Count > 0)
        {
            var style = runs[0].Style with { Bold = false, Italic = false, Color = Theme.Accent };
            var markerWidth = measure.WidthPoints(marker, style);
            marks.Add(new TextItem(format.LeftIndentPoints - MarkerGap - markerWidth, set[0].BaselineFromTop, marker, style, markerWidth));
        }
        Func<double, IReadOnlyList<PageItem>>? backdrop = null;
        if (format.SideRule is { } rule || format.Background is not null)
        {
            backdrop = height =>
            {
                var items = new List<PageItem>();
                if (format.Background is { } tint)
                {
                    items.Add(new FillItem(new BoxRect(format.LeftIndentPoints - 12, -4, measureWidth + 18, height + 8), tint));
                }
                if (format.SideRule is { } color)
                {
                    items.Add(new LineItem(format.LeftIndentPoints - 12, -2, format.LeftIndentPoints - 12, height + 2, color, 2));
                }
                return items;
            };
        }
        return new LinesBox(fragments, marks, backdrop);
    }

    private Fragment LineFragment(SetLine line, double left, double width, TextAlignment alignment)
    {
        var offset = left + alignment switch
        {
            TextAlignment.Center => (width - line.WidthPoints) / 2,
            TextAlignment.Right => width - line.WidthPoints,
            _ => 0,
        };
        var items = new List<PageItem>();
        foreach (var piece in line.Pieces)
        {
            items.Add(new TextItem(offset + piece.X, line.BaselineFromTop, piece.Text, piece.Style, piece.WidthPoints));
            if (piece.Link is { } link)
            {
                items.Add(new LinkItem(new BoxRect(offset + piece.X, 0, piece.WidthPoints, line.HeightPoints), link));
            }
        }
        return new Fragment(line.HeightPoints, items);
    }

    private AtomicBox ImageBox(ImageBlock image, double width)
    {
        var maxHeight = document.BodyHeightPoints * 0.72;
        var boxWidth = width;
        var boxHeight = image.HeightPoints ?? width / image.Pixels.Aspect;
        if (image.Fit == ImageFit.Width && boxHeight > maxHeight)
        {
            // A tall picture at full width would fill the page: narrow it instead, centred.
            boxHeight = maxHeight;
            boxWidth = boxHeight * image.Pixels.Aspect;
        }
        var x = (width - boxWidth) / 2;
        var items = new List<PageItem> { new ImageItem(new BoxRect(x, 0, boxWidth, boxHeight), image.Path, image.Pixels, image.Fit, image.FocusX, image.FocusY) };
        var height = boxHeight;
        if (image.Caption is { Count: > 0 } caption)
        {
            height += CaptionGap;
            foreach (var line in lines.Set(caption, width))
            {
                items.AddRange(LineFragment(line, 0, width, TextAlignment.Left).At(0, height));
                height += line.HeightPoints;
            }
        }
        return new AtomicBox(new Fragment(height, items));
    }

    private ColumnsBox ColumnsBox(ColumnsBlock columns, double width)
    {
        var leftWidth = (width - columns.GapPoints) * columns.LeftFraction;
        var rightWidth = width - columns.GapPoints - leftWidth;
        return new ColumnsBox(Stack(columns.Left, leftWidth), Stack(columns.Right, rightWidth), leftWidth + columns.GapPoints);
    }

    private TableBox TableBox(TableBlock table, double width)
    {
        var total = table.ColumnWeights.Sum();
        var widths = table.ColumnWeights.Select(w => width * w / total).ToList();
        var header = table.Header.Count == 0 ? Fragment.Empty : Row(table.Header.Select(c => c with { Runs = c.Runs.Select(r => r with { Style = Theme.TableHeader }).ToList() }).ToList(), widths, fill: Theme.Accent);
        var rows = table.Rows.Select((r, i) => Row(r, widths, fill: i % 2 == 1 ? Theme.Tint : null)).ToList();
        return new TableBox(header, rows);
    }

    private Fragment Row(IReadOnlyList<TableCell> cells, IReadOnlyList<double> widths, RgbColor? fill)
    {
        var items = new List<PageItem>();
        double x = 0;
        double height = 0;
        var cellItems = new List<PageItem>();
        for (var c = 0; c < widths.Count; c++)
        {
            var cell = c < cells.Count ? cells[c] : new TableCell([]);
            double y = CellPaddingY;
            if (cell.Runs.Count > 0)
            {
                foreach (var line in lines.Set(cell.Runs, widths[c] - 2 * CellPaddingX))
                {
                    cellItems.AddRange(LineFragment(line, CellPaddingX, widths[c] - 2 * CellPaddingX, cell.Alignment).At(x, y));
                    y += line.HeightPoints;
                }
            }
            height = Math.Max(height, y + CellPaddingY);
            x += widths[c];
        }
        if (fill is { } color)
        {
            items.Add(new FillItem(new BoxRect(0, 0, x, height), color));
        }
        items.AddRange(cellItems);
        items.Add(new LineItem(0, height, x, height, Theme.RuleColor, 0.5));
        return new Fragment(height, items);
    }

    private LinesBox ContentsBox(ContentsBlock contents, double width)
    {
        var fragments = new List<Fragment>();
        foreach (var heading in document.Headings().Where(h => h.InContents && h.Level <= contents.MaxLevel))
        {
            var style = heading.Level == 1 ? Theme.Body with { Bold = true, SizePoints = Theme.Body.SizePoints + 0.5 } : Theme.Body;
            var indent = (heading.Level - 1) * 16.0;
            var number = pageOfAnchor.TryGetValue(heading.Anchor, out var page) ? page.ToString(CultureInfo.InvariantCulture) : "…";
            var numberWidth = measure.WidthPoints(number, style);
            var titleWidth = width - indent - 40;
            var set = lines.Set([new TextRun(heading.Text, style)], titleWidth);
            var items = new List<PageItem>();
            double y = heading.Level == 1 ? 4 : 0;
            foreach (var line in set)
            {
                items.AddRange(LineFragment(line, indent, titleWidth, TextAlignment.Left).At(0, y));
                y += line.HeightPoints;
            }
            var lastLine = set[^1];
            var baseline = y - lastLine.HeightPoints + lastLine.BaselineFromTop;
            var leaderStart = indent + lastLine.WidthPoints + 6;
            var leaderEnd = width - numberWidth - 6;
            if (leaderEnd > leaderStart)
            {
                items.Add(new LineItem(leaderStart, baseline, leaderEnd, baseline, Theme.RuleColor, 0.5));
            }
            items.Add(new TextItem(width - numberWidth, baseline, number, style, numberWidth));
            items.Add(new LinkItem(new BoxRect(indent, 0, width - indent, y), TextRun.InternalLinkPrefix + heading.Anchor));
            fragments.Add(new Fragment(y + 2, items));
        }
        return new LinesBox(fragments, []);
    }

    private AtomicBox CoverBox(CoverBlock cover)
    {
        var paper = document.Paper;
        var margins = document.Margins;
        var (x0, y0) = (-margins.LeftPoints, -margins.TopPoints);
        var items = new List<PageItem> { new BarePageMark() };
        if (cover.ImagePath is { } path)
        {
            items.Add(new ImageItem(new BoxRect(x0, y0, paper.WidthPoints, paper.HeightPoints), path, default, ImageFit.Cover, cover.FocusX, cover.FocusY));
        }
        else
        {
            items.Add(new FillItem(new BoxRect(x0, y0, paper.WidthPoints, paper.HeightPoints), RgbColor.FromHex("#1E1B18")));
        }
        // A darkening towards the foot of the sheet, in bands, so white type reads over any picture.
        const int Bands = 24;
        var shadeTop = paper.HeightPoints * 0.45;
        var bandHeight = (paper.HeightPoints - shadeTop) / Bands;
        for (var b = 0; b < Bands; b++)
        {
            items.Add(new FillItem(new BoxRect(x0, y0 + shadeTop + b * bandHeight, paper.WidthPoints, bandHeight + 0.5), RgbColor.FromHex("#0E0C0A"), Math.Min(0.88, 0.06 + b * 0.04)));
        }
        var width = document.BodyWidthPoints;
        var titleStyle = new TextStyle(FontFace.Serif, 40, RgbColor.White, Bold: true, LineHeight: 1.1);
        var taglineStyle = new TextStyle(FontFace.Serif, 16, RgbColor.FromHex("#F1D9A8"), Italic: true, LineHeight: 1.3);
        var kickerStyle = new TextStyle(FontFace.Sans, 10, RgbColor.FromHex("#E8C98A"), Bold: true, LineHeight: 1.3);
        var smallStyle = new TextStyle(FontFace.Sans, 9.5, RgbColor.FromHex("#E9E2D6"), LineHeight: 1.45);

        var bottom = document.BodyHeightPoints;
        var footer = cover.FooterLines.SelectMany(l => lines.Set([new TextRun(l, smallStyle)], width)).ToList();
        var y = bottom - footer.Sum(l => l.HeightPoints);
        var footerTop = y;
        foreach (var line in footer)
        {
            items.AddRange(LineFragment(line, 0, width, TextAlignment.Left).At(0, y));
            y += line.HeightPoints;
        }
        var block = new List<(SetLine Line, double Gap)>();
        if (cover.Kicker is { } kicker)
        {
            block.AddRange(lines.Set([new TextRun(kicker.ToUpperInvariant(), kickerStyle)], width).Select(l => (l, 0.0)));
        }
        block.AddRange(lines.Set([new TextRun(cover.Title, titleStyle)], width).Select((l, i) => (l, i == 0 ? 6.0 : 0)));
        if (cover.Tagline is { } tagline)
        {
            block.AddRange(lines.Set([new TextRun(tagline, taglineStyle)], width).Select((l, i) => (l, i == 0 ? 8.0 : 0)));
        }
        y = footerTop - 36 - block.Sum(b => b.Line.HeightPoints + b.Gap);
        foreach (var (line, gap) in block)
        {
            y += gap;
            items.AddRange(LineFragment(line, 0, width, TextAlignment.Left).At(0, y));
            y += line.HeightPoints;
        }
        items.Add(new FillItem(new BoxRect(0, footerTop - 18, 48, 2), RgbColor.FromHex("#E8C98A")));
        return new AtomicBox(new Fragment(document.BodyHeightPoints, items));
    }
}
