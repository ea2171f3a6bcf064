using System.Collections.Concurrent;
using LegacyPress.Promo.Layout;
using LegacyPress.Render.Text;
using SkiaSharp;

namespace LegacyPress.Promo.Drawing;

/// <summary>
/// The ink of lines set in one typeface with one tracking (× size), as <see cref="TrackedLine"/> draws them: what
/// <see cref="TextBlock.Lay(string, PixelRect, TextStyle, Func{string, double, LineInk})"/> fits by. Each line is
/// shaped once, at a reference size, and scaled — fonts are set unhinted with linear metrics, so ink and advances are
/// proportional to the size — because a fit tries many sizes of the same few lines, and an asset is laid out again
/// for its fit check, its raster and its PDF. Thread-safe.
/// </summary>
public sealed class InkMeasure(TextShaper shaper, SKTypeface typeface, double tracking)
{
    private const double ReferenceSize = 100;

    private readonly ConcurrentDictionary<string, LineInk> lines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(SKTypeface Face, ushort Glyph), SKRect> outlines = new();

    public LineInk Measure(string text, double size) =>
        lines.GetOrAdd(text, t => TrackedLine.Shape(shaper, t, typeface, ReferenceSize, tracking * ReferenceSize).Ink(Outline)).Scale(size / ReferenceSize);

    // Reading an outline costs more than shaping, and every line tried is made of the same few glyphs.
    private SKRect Outline(SKFont font, SKTypeface face, ushort glyph) =>
        outlines.GetOrAdd((face, glyph), _ => TrackedLine.OutlineBounds(font, glyph));
}
