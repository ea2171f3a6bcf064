using System.Globalization;
using LegacyPress.Render.Text;

namespace LegacyPress.Promo.Layout;

/// <summary>One set line: its text, where its baseline is and where it starts and ends (tracking included), in canvas pixels.</summary>
public sealed record TextBlockLine(string Text, double Left, double Baseline, double Width);

/// <summary>
/// A block of type fitted into a box: the size <see cref="TextFit"/> chose, each line placed by alignment, and
/// the block's ink-ish bounds (ascent of the first line to descent of the last). Pure: widths come from a measure.
/// </summary>
public sealed record TextBlock(double Size, IReadOnlyList<TextBlockLine> Lines, bool Truncated, PixelRect Bounds)
{
    public static TextBlock Empty(PixelRect box) => new(0, [], false, box with { Width = 0, Height = 0 });

    /// <summary>Width of <paramref name="text"/> with <paramref name="tracking"/> × size added between graphemes.</summary>
    public static double TrackedWidth(string text, double size, double tracking, Func<string, double, double> measure)
    {
        var graphemes = new StringInfo(text).LengthInTextElements;
        return measure(text, size) + Math.Max(0, graphemes - 1) * tracking * size;
    }

    /// <summary>Fits and places <paramref name="text"/> in <paramref name="box"/>; <paramref name="measure"/> is untracked advance width at a size.</summary>
    public static TextBlock Lay(string text, PixelRect box, TextStyle style, FontExtent extent, Func<string, double, double> measure)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty(box);
        }
        double Tracked(string s, double size) => TrackedWidth(s, size, style.Tracking, measure);
        // The box must hold the first line's ascent and the last line's descent beyond the line pitch, so fit
        // against a height that leaves room for them.
        var overhang = Math.Max(0, extent.AscentPerSize + extent.DescentPerSize - style.LineHeight);
        var fitted = TextFit.Fit(text, box.Width, box.Height, style.MaxLines, style.MinSize, style.MaxSize, style.LineHeight + overhang / Math.Max(1, style.MaxLines), Tracked);
        var size = fitted.Size;
        var pitch = size * style.LineHeight;
        var ascent = extent.AscentPerSize * size;
        var descent = extent.DescentPerSize * size;
        var height = ascent + (fitted.Lines.Count - 1) * pitch + descent;
        var top = style.VerticalAlign switch
        {
            VerticalAlign.Top => box.Y,
            VerticalAlign.Middle => box.CenterY - height / 2,
            _ => box.Bottom - height,
        };
        var lines = new List<TextBlockLine>();
        var bounds = default(PixelRect);
        for (var i = 0; i < fitted.Lines.Count; i++)
        {
            var line = fitted.Lines[i];
            var width = Tracked(line, size);
            var left = style.Align switch
            {
                HorizontalAlign.Left => box.X,
                HorizontalAlign.Center => box.CenterX - width / 2,
                _ => box.Right - width,
            };
            var baseline = top + ascent + i * pitch;
            lines.Add(new TextBlockLine(line, left, baseline, width));
            bounds = bounds.Union(new PixelRect(left, baseline - ascent, width, ascent + descent));
        }
        return new TextBlock(size, lines, fitted.Truncated, bounds);
    }
}
