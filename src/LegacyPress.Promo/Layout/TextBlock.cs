namespace LegacyPress.Promo.Layout;

/// <summary>
/// One set line: its text, its pen origin (<see cref="Left"/> on the <see cref="Baseline"/>), its advance, and the
/// rectangle its ink covers, in canvas pixels.
/// </summary>
public sealed record TextBlockLine(string Text, double Left, double Baseline, double Width, PixelRect Ink);

/// <summary>
/// A block of type fitted into a box: what <see cref="BoxFit"/> chose (size, lines, which candidate text, what it
/// gave up), each line placed by its ink — aligned left, centre or right and top, middle or bottom — and the block's
/// ink bounds, which lie inside the box. Pure: ink comes from a measure.
/// </summary>
public sealed record TextBlock(FittedLines Fit, IReadOnlyList<TextBlockLine> Lines, PixelRect Bounds)
{
    public double Size => Fit.Size;

    public bool Truncated => Fit.Truncated;

    public static TextBlock Empty(PixelRect box) => new(new FittedLines(0, [], 0), [], box with { Width = 0, Height = 0 });

    /// <summary>Fits and places <paramref name="text"/> in <paramref name="box"/>; <paramref name="measure"/> gives a line's ink at a size, tracking included.</summary>
    public static TextBlock Lay(string text, PixelRect box, TextStyle style, Func<string, double, LineInk> measure) =>
        Lay([text], box, style, measure);

    /// <summary>
    /// Fits the first of <paramref name="candidates"/> that fits (a text, then its short form) and places it in
    /// <paramref name="box"/>; nothing is set when the text is blank, and a blank short form is never tried.
    /// </summary>
    public static TextBlock Lay(IReadOnlyList<string> candidates, PixelRect box, TextStyle style, Func<string, double, LineInk> measure)
    {
        if (candidates.Count == 0 || string.IsNullOrWhiteSpace(candidates[0]))
        {
            return Empty(box);
        }
        var texts = candidates.Take(1).Concat(candidates.Skip(1).Where(c => !string.IsNullOrWhiteSpace(c))).ToList();
        var fit = BoxFit.Fit(texts, box.Width, box.Height, style, measure);
        var block = BoxFit.BlockInk(fit.Lines, fit.Size, style.LineHeight, measure);
        // The first baseline, placed so the block's ink sits at the top, middle or bottom of the box.
        var firstBaseline = style.VerticalAlign switch
        {
            VerticalAlign.Top => box.Y - block.Top,
            VerticalAlign.Middle => box.CenterY - (block.Top + block.Bottom) / 2,
            _ => box.Bottom - block.Bottom,
        };
        var pitch = fit.Size * style.LineHeight;
        var lines = new List<TextBlockLine>();
        var bounds = default(PixelRect);
        for (var i = 0; i < fit.Lines.Count; i++)
        {
            var line = fit.Lines[i];
            var ink = measure(line, fit.Size);
            // Aligned by ink, not by advance: side bearings and tracking after the last letter would pull it off.
            var left = style.Align switch
            {
                HorizontalAlign.Left => box.X - ink.Left,
                HorizontalAlign.Center => box.CenterX - (ink.Left + ink.Right) / 2,
                _ => box.Right - ink.Right,
            };
            var baseline = firstBaseline + i * pitch;
            var inkRect = ink.IsEmpty ? default : new PixelRect(left + ink.Left, baseline + ink.Top, ink.Width, ink.Height);
            lines.Add(new TextBlockLine(line, left, baseline, ink.Advance, inkRect));
            bounds = bounds.Union(inkRect);
        }
        return new TextBlock(fit, lines, bounds);
    }
}
