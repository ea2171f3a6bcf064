using LegacyPress.Render.Text;
using SkiaSharp;

namespace LegacyPress.Render.Cards;

/// <summary>
/// Builds a <see cref="CardLayout"/> of centred blocks stacked top to bottom — a heading, a rule, wrapped
/// paragraphs — and then places the whole stack: centred in the frame, or from a top or bottom edge.
/// </summary>
internal sealed class TextStack(TextShaper shaper, float centreX)
{
    private readonly List<Block> blocks = [];

    /// <summary>Lines set at a fixed size (each string one line, not wrapped).</summary>
    public TextStack Lines(IEnumerable<string> lines, SKTypeface typeface, float sizePixels, SKColor colour, float spaceBeforePixels = 0, float lineHeight = 1.2f, float trackingEm = 0)
    {
        var shaped = lines.Select(l => shaper.Shape(l, typeface, sizePixels, trackingEm)).ToList();
        if (shaped.Count > 0)
        {
            blocks.Add(new TextBlock(shaped, colour, spaceBeforePixels, sizePixels * lineHeight));
        }
        return this;
    }

    /// <summary>A paragraph at the largest size from <paramref name="maxSizePixels"/> down that fits the width in <paramref name="maxLines"/>.</summary>
    public TextStack Fitted(string text, SKTypeface typeface, float minSizePixels, float maxSizePixels, float maxWidthPixels, int maxLines, SKColor colour, float spaceBeforePixels = 0, float lineHeight = 1.2f, float trackingEm = 0)
    {
        var fit = TextFit.Fit(text, maxWidthPixels, double.PositiveInfinity, maxLines, minSizePixels, maxSizePixels, lineHeight,
            (s, size) => shaper.Shape(s, typeface, (float)size, trackingEm).WidthPixels);
        return Lines(fit.Lines, typeface, (float)fit.Size, colour, spaceBeforePixels, lineHeight, trackingEm);
    }

    /// <summary>A thin centred rule.</summary>
    public TextStack Rule(float widthPixels, float thicknessPixels, SKColor colour, float spaceBeforePixels, float spaceAfterPixels)
    {
        blocks.Add(new RuleBlock(widthPixels, thicknessPixels, colour, spaceBeforePixels, spaceAfterPixels));
        return this;
    }

    public float HeightPixels => Place(0).Bounds.Height;

    public CardLayout CentredOn(float centreY) => Place(centreY - HeightPixels / 2);

    public CardLayout FromTop(float topY) => Place(topY);

    public CardLayout FromBottom(float bottomY) => Place(bottomY - HeightPixels);

    private CardLayout Place(float top)
    {
        var lines = new List<LaidLine>();
        var rules = new List<LaidRule>();
        var y = top;
        var first = true;
        foreach (var block in blocks)
        {
            y += first ? 0 : block.SpaceBefore;
            first = false;
            switch (block)
            {
                case TextBlock text:
                    var baseline = y + text.Lines[0].AscentPixels;
                    foreach (var line in text.Lines)
                    {
                        lines.Add(new LaidLine(line, centreX, baseline, SKTextAlign.Center, text.Colour));
                        baseline += text.LineAdvance;
                    }
                    y = baseline - text.LineAdvance + text.Lines[^1].DescentPixels;
                    break;
                case RuleBlock rule:
                    rules.Add(new LaidRule(SKRect.Create(centreX - rule.Width / 2, y, rule.Width, rule.Thickness), rule.Colour));
                    y += rule.Thickness + rule.SpaceAfter;
                    break;
            }
        }
        var halfWidth = Math.Max(lines.Select(l => l.Text.WidthPixels).DefaultIfEmpty(0).Max(), rules.Select(r => r.Rect.Width).DefaultIfEmpty(0).Max()) / 2;
        return new CardLayout(lines, rules, new SKRect(centreX - halfWidth, top, centreX + halfWidth, y));
    }

    private abstract record Block(float SpaceBefore);

    private sealed record TextBlock(IReadOnlyList<ShapedText> Lines, SKColor Colour, float SpaceBefore, float LineAdvance) : Block(SpaceBefore);

    private sealed record RuleBlock(float Width, float Thickness, SKColor Colour, float SpaceBefore, float SpaceAfter) : Block(SpaceBefore);
}
