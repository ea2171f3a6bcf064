using System.Globalization;
using LegacyPress.Promo.Documents.Layout;
using LegacyPress.Promo.Documents.Model;
using SkiaSharp;

namespace LegacyPress.Promo.Documents.Pdf;

/// <summary>Draws a <see cref="BarChartBlock"/> as vectors: one horizontal bar per item under its group's label, a scale below.</summary>
internal sealed class BarChartPainter(PdfTextPainter text)
{
    private const float LabelWidth = 110;
    private const float RowHeight = 15;
    private const float TitleHeight = 22;

    private static readonly SKColor[] GroupColors = [new(0x9A, 0x6A, 0x2A), new(0x2F, 0x7F, 0x86), new(0x6E, 0x55, 0xA3), new(0x8C, 0x3B, 0x3B)];

    public void Paint(SKCanvas canvas, ChartItem item)
    {
        var chart = item.Chart;
        var box = item.Box;
        var label = item.LabelStyle;
        var strong = label with { Bold = true, Color = RgbColor.FromHex("#1E1B18") };
        var max = chart.Groups.SelectMany(g => g.Bars).Select(b => b.Value).DefaultIfEmpty(1).Max();
        var step = max > 20 ? 5 : max > 8 ? 2 : 1;
        var scaleMax = Math.Ceiling(max / step) * step;
        var x0 = (float)box.X + LabelWidth;
        var barWidth = (float)box.Width - LabelWidth - 30;
        float X(double v) => x0 + (float)(v / scaleMax * barWidth);

        text.Draw(canvas, chart.Title, (float)box.X, (float)box.Y + 12, label with { Bold = true, SizePoints = 10, Color = RgbColor.FromHex("#1E1B18") });
        var y = (float)box.Y + TitleHeight;
        var rowsTop = y;
        var rows = chart.Groups.Sum(g => g.Bars.Count + 1);
        var rowsBottom = rowsTop + rows * RowHeight;

        using var grid = new SKPaint { Color = new SKColor(0xCD, 0xBF, 0xA8), StrokeWidth = 0.4f, IsAntialias = true };
        for (var v = 0.0; v <= scaleMax + 1e-9; v += step)
        {
            canvas.DrawLine(X(v), rowsTop, X(v), rowsBottom, grid);
            var tick = v.ToString("0", CultureInfo.InvariantCulture) + (v == 0 ? "" : $" {chart.Unit}");
            text.Draw(canvas, tick, X(v) - (float)text.Width(tick, label) / 2, rowsBottom + 10, label);
        }

        for (var g = 0; g < chart.Groups.Count; g++)
        {
            var group = chart.Groups[g];
            var color = GroupColors[g % GroupColors.Length];
            text.Draw(canvas, group.Label, (float)box.X, y + 11, strong);
            y += RowHeight;
            using var fill = new SKPaint { Color = color, IsAntialias = true };
            foreach (var bar in group.Bars)
            {
                text.Draw(canvas, bar.Label, (float)box.X + 8, y + 10.5f, label);
                canvas.DrawRect(SKRect.Create(x0, y + 3, X(bar.Value) - x0, RowHeight - 6), fill);
                text.Draw(canvas, bar.Value.ToString("0.0", CultureInfo.InvariantCulture), X(bar.Value) + 4, y + 10.5f, label);
                y += RowHeight;
            }
        }
    }
}
