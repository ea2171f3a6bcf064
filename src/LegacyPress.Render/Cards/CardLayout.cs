using LegacyPress.Render.Text;
using SkiaSharp;

namespace LegacyPress.Render.Cards;

/// <summary>A card's text, shaped and placed once per frame size: lines and thin rules at pixel positions.</summary>
internal sealed class CardLayout(IReadOnlyList<LaidLine> lines, IReadOnlyList<LaidRule> rules, SKRect bounds)
{
    public IReadOnlyList<LaidLine> Lines { get; } = lines;

    public IReadOnlyList<LaidRule> Rules { get; } = rules;

    /// <summary>Where the text is, from the top of the first line's ascent to the bottom of the last line's descent.</summary>
    public SKRect Bounds { get; } = bounds;

    /// <summary>Draws everything at <paramref name="opacity"/> (0..1), optionally over a soft shadow of itself.</summary>
    public void Draw(SKCanvas canvas, double opacity, TextShadow? shadow = null)
    {
        if (opacity <= 0)
        {
            return;
        }
        if (shadow is not null)
        {
            // A blur mask filter blurs only each glyph's coverage mask: far cheaper than a full-frame shadow layer.
            using var blur = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, shadow.SigmaPixels);
            using var shadowPaint = new SKPaint { IsAntialias = true, MaskFilter = blur, Color = Faded(shadow.Colour, opacity) };
            foreach (var line in Lines)
            {
                line.Text.Draw(canvas, line.X, line.Baseline + shadow.OffsetYPixels, line.Align, shadowPaint);
            }
        }
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var rule in Rules)
        {
            paint.Color = Faded(rule.Colour, opacity);
            canvas.DrawRect(rule.Rect, paint);
        }
        foreach (var line in Lines)
        {
            paint.Color = Faded(line.Colour, opacity);
            line.Text.Draw(canvas, line.X, line.Baseline, line.Align, paint);
        }
    }

    /// <summary>Every line and rule as filled outlines, one path per colour (see <see cref="ShapedText.AddOutlines"/>).</summary>
    public IReadOnlyList<(SKColor Colour, SKPath Path)> ToOutlines()
    {
        var colours = Lines.Select(l => l.Colour).Concat(Rules.Select(r => r.Colour)).Distinct();
        return colours.Select(colour =>
        {
            using var builder = new SKPathBuilder();
            foreach (var line in Lines.Where(l => l.Colour == colour))
            {
                line.Text.AddOutlines(builder, line.X, line.Baseline, line.Align);
            }
            foreach (var rule in Rules.Where(r => r.Colour == colour))
            {
                builder.AddRect(rule.Rect, SKPathDirection.Clockwise);
            }
            return (colour, builder.Detach());
        }).ToList();
    }

    public static SKColor Faded(SKColor colour, double opacity) =>
        colour.WithAlpha((byte)Math.Round(colour.Alpha * Math.Clamp(opacity, 0, 1)));
}

/// <summary>One shaped line at its place: <see cref="X"/> is its left end, centre or right end per <see cref="Align"/>.</summary>
internal sealed record LaidLine(ShapedText Text, float X, float Baseline, SKTextAlign Align, SKColor Colour);

/// <summary>A soft shadow under text: how far down, how blurred, what colour (its alpha is the shadow's strength).</summary>
internal sealed record TextShadow(float OffsetYPixels, float SigmaPixels, SKColor Colour);

/// <summary>A thin decorative rule.</summary>
internal sealed record LaidRule(SKRect Rect, SKColor Colour);
