using SkiaSharp;

namespace LegacyPress.Render.Text;

/// <summary>
/// One line of text after shaping: runs of glyphs (one per typeface, when characters fell back to other fonts)
/// positioned from the line's left end on its baseline, in pixels at the size it was shaped for.
/// </summary>
public sealed class ShapedText
{
    internal ShapedText(string text, float sizePixels, IReadOnlyList<GlyphRun> runs, float widthPixels, SKFontMetrics metrics)
    {
        Text = text;
        SizePixels = sizePixels;
        Runs = runs;
        WidthPixels = widthPixels;
        AscentPixels = -metrics.Ascent;
        DescentPixels = metrics.Descent;
    }

    public string Text { get; }

    public float SizePixels { get; }

    public IReadOnlyList<GlyphRun> Runs { get; }

    /// <summary>Advance width of the whole line.</summary>
    public float WidthPixels { get; }

    /// <summary>Height above the baseline of the primary typeface (positive).</summary>
    public float AscentPixels { get; }

    /// <summary>Depth below the baseline of the primary typeface (positive).</summary>
    public float DescentPixels { get; }

    /// <summary>
    /// Draws the line with its baseline at <paramref name="baselineY"/>; <paramref name="align"/> says whether
    /// <paramref name="x"/> is its left end, centre or right end. Glyphs are a real text blob carrying the
    /// original text, so on Skia's PDF backend the text stays selectable and searchable.
    /// </summary>
    public void Draw(SKCanvas canvas, float x, float baselineY, SKTextAlign align, SKPaint paint)
    {
        using var blob = ToTextBlob();
        if (blob is null)
        {
            return;
        }
        canvas.DrawText(blob, LeftEdge(x, align), baselineY, paint);
    }

    /// <summary>
    /// Adds the line's glyph outlines to <paramref name="builder"/>, placed like <see cref="Draw"/> would. Outlines are
    /// filled with exact anti-aliasing at any fractional position, so text that moves (a credits roll) never snaps
    /// to the pixel grid the way cached glyph bitmaps do vertically.
    /// </summary>
    public void AddOutlines(SKPathBuilder builder, float x, float baselineY, SKTextAlign align)
    {
        var left = LeftEdge(x, align);
        foreach (var run in Runs)
        {
            using var font = TextShaper.CreateFont(run.Typeface, SizePixels);
            for (var i = 0; i < run.Glyphs.Length; i++)
            {
                using var glyph = font.GetGlyphPath(run.Glyphs[i]);
                if (glyph is not null)
                {
                    builder.AddPath(glyph, left + run.Positions[i].X, baselineY + run.Positions[i].Y, SKPathAddMode.Append);
                }
            }
        }
    }

    /// <summary>The line as a Skia text blob with its origin at the left end of the baseline (null when empty).</summary>
    public SKTextBlob? ToTextBlob()
    {
        if (Runs.Count == 0)
        {
            return null;
        }
        using var builder = new SKTextBlobBuilder();
        foreach (var run in Runs)
        {
            using var font = TextShaper.CreateFont(run.Typeface, SizePixels);
            var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, run.Utf8Text.Length, null);
            buffer.SetGlyphs(run.Glyphs);
            buffer.SetPositions(run.Positions);
            buffer.SetText(run.Utf8Text);
            buffer.SetClusters(run.Clusters);
        }
        return builder.Build();
    }

    private float LeftEdge(float x, SKTextAlign align) => align switch
    {
        SKTextAlign.Center => x - WidthPixels / 2,
        SKTextAlign.Right => x - WidthPixels,
        _ => x,
    };
}

/// <summary>Glyphs of one typeface with their positions (pixels from the line's origin) and the UTF-8 text they show.</summary>
public sealed record GlyphRun(SKTypeface Typeface, ushort[] Glyphs, SKPoint[] Positions, byte[] Utf8Text, uint[] Clusters);
