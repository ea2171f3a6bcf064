using SkiaSharp;

namespace LegacyPress.SampleArt.Props;

/// <summary>
/// Illegible cursive: rows of looping strokes that read as a hand-written letter at a glance. Real
/// text would need a font and invite people to read it; scribbles keep the still language-neutral.
/// </summary>
public static class Handwriting
{
    public static void Lines(SKCanvas c, SKRect area, int lines, SKColor ink, float strokePx, Random rng, float ragged = 0.25f)
    {
        using var paint = new SKPaint
        {
            Style = SKPaintStyle.Stroke,
            StrokeWidth = strokePx,
            StrokeCap = SKStrokeCap.Round,
            StrokeJoin = SKStrokeJoin.Round,
            Color = ink,
            IsAntialias = true,
        };
        var lineHeight = area.Height / lines;
        var xHeight = lineHeight * 0.32f;
        for (var line = 0; line < lines; line++)
        {
            var baseline = area.Top + ((line + 0.7f) * lineHeight);
            var end = area.Right - (area.Width * rng.Range(0f, ragged));
            if (line == lines - 1)
            {
                end = area.Left + (area.Width * rng.Range(0.3f, 0.6f));
            }

            var x = area.Left + (line == 0 ? 0 : area.Width * rng.Range(0f, 0.02f));
            while (x < end)
            {
                var wordEnd = Math.Min(end, x + (xHeight * rng.Range(2f, 7f)));
                using var word = new SKPathBuilder();
                word.MoveTo(x, baseline);
                // Loops alternate between x-height and occasional ascenders and descenders.
                while (x < wordEnd)
                {
                    var step = xHeight * rng.Range(0.45f, 0.8f);
                    var tall = rng.Chance(0.18f) ? 2.2f : 1f;
                    var low = rng.Chance(0.1f) ? -1.4f : 0f;
                    word.CubicTo(x + (step * 0.2f), baseline - (xHeight * tall), x + (step * 0.9f), baseline - (xHeight * tall), x + (step * 0.5f), baseline - (xHeight * low));
                    word.QuadTo(x + (step * 0.7f), baseline + (xHeight * 0.2f), x + step, baseline);
                    x += step;
                }

                using var path = word.Detach();
                c.DrawPath(path, paint);
                x += xHeight * rng.Range(0.8f, 1.5f);
            }
        }
    }
}
