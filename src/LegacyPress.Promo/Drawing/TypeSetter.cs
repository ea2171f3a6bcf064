using System.Globalization;
using LegacyPress.Promo.Layers;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Templates;
using LegacyPress.Render.Text;
using SkiaSharp;

namespace LegacyPress.Promo.Drawing;

/// <summary>
/// Draws laid-out type with the shared HarfBuzz shaper: each line one text blob (real text, so PDFs stay
/// searchable), letter-spaced by shifting glyphs per grapheme, with an optional blurred shadow pass first.
/// </summary>
public static class TypeSetter
{
    public static FontExtent Extent(SKTypeface typeface)
    {
        using var font = TextShaper.CreateFont(typeface, 100);
        var metrics = font.Metrics;
        return new FontExtent(-metrics.Ascent / 100, metrics.Descent / 100);
    }

    public static void Draw(LayerCanvas target, TextBlock block, SKTypeface typeface, double tracking, PromoColor color, TextShadow? shadow, double frameHeight)
    {
        foreach (var line in block.Lines)
        {
            var shaped = target.Services.Shaper.Shape(line.Text, typeface, (float)block.Size);
            using var blob = TrackedBlob(shaped, tracking * block.Size);
            if (blob is null)
            {
                continue;
            }
            if (shadow is not null)
            {
                using var shadowPaint = new SKPaint
                {
                    Color = LayerCanvas.ToSkia(shadow.Color),
                    IsAntialias = true,
                    MaskFilter = shadow.Blur > 0 ? SKMaskFilter.CreateBlur(SKBlurStyle.Normal, (float)(shadow.Blur * frameHeight)) : null,
                };
                target.Canvas.DrawText(blob, (float)(line.Left + shadow.OffsetX * frameHeight), (float)(line.Baseline + shadow.OffsetY * frameHeight), shadowPaint);
            }
            using var paint = new SKPaint { Color = LayerCanvas.ToSkia(color), IsAntialias = true };
            target.Canvas.DrawText(blob, (float)line.Left, (float)line.Baseline, paint);
        }
    }

    /// <summary>The shaped line as one blob with <paramref name="spacing"/> pixels added after every grapheme but the last.</summary>
    public static SKTextBlob? TrackedBlob(ShapedText shaped, double spacing)
    {
        if (shaped.Runs.Count == 0)
        {
            return null;
        }
        using var builder = new SKTextBlobBuilder();
        var graphemesBefore = 0;
        foreach (var run in shaped.Runs)
        {
            var text = System.Text.Encoding.UTF8.GetString(run.Utf8Text);
            var starts = GraphemeByteStarts(text);
            using var font = TextShaper.CreateFont(run.Typeface, shaped.SizePixels);
            var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, run.Utf8Text.Length, null);
            var positions = new SKPoint[run.Positions.Length];
            for (var i = 0; i < positions.Length; i++)
            {
                // Graphemes that start before this glyph's cluster: how many gaps of spacing precede it.
                var index = graphemesBefore + CountBefore(starts, (int)run.Clusters[i]);
                positions[i] = new SKPoint(run.Positions[i].X + (float)(spacing * index), run.Positions[i].Y);
            }
            buffer.SetGlyphs(run.Glyphs);
            buffer.SetPositions(positions);
            buffer.SetText(run.Utf8Text);
            buffer.SetClusters(run.Clusters);
            graphemesBefore += starts.Count;
        }
        return builder.Build();
    }

    private static List<int> GraphemeByteStarts(string text)
    {
        var starts = new List<int>();
        foreach (var charIndex in StringInfo.ParseCombiningCharacters(text))
        {
            starts.Add(System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(0, charIndex)));
        }
        return starts;
    }

    /// <summary>The number of grapheme starts strictly before <paramref name="byteOffset"/> (so a glyph's own grapheme is not counted).</summary>
    private static int CountBefore(List<int> starts, int byteOffset)
    {
        var count = 0;
        foreach (var start in starts)
        {
            if (start < byteOffset)
            {
                count++;
            }
        }
        return count;
    }
}
