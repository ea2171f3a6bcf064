using System.Globalization;
using System.Text;
using LegacyPress.Promo.Layout;
using LegacyPress.Render.Text;
using SkiaSharp;

namespace LegacyPress.Promo.Drawing;

/// <summary>
/// One line shaped by the shared HarfBuzz shaper and letter-spaced as promo type is drawn: <c>spacing</c> pixels after
/// every grapheme but the last, in visual order (so right-to-left runs space out leftwards too), and none inside runs
/// of joining scripts (Arabic, Syriac…), whose letters would come apart. What is drawn (<see cref="ToBlob"/>) and
/// what is measured (<see cref="Ink"/>) come from the same glyph positions.
/// </summary>
public sealed class TrackedLine
{
    private readonly ShapedText shaped;
    private readonly IReadOnlyList<SKPoint[]> positions;

    private TrackedLine(ShapedText shaped, IReadOnlyList<SKPoint[]> positions, double advance)
    {
        this.shaped = shaped;
        this.positions = positions;
        Advance = advance;
    }

    /// <summary>How far the pen moves over the line, spacing between graphemes included (none after the last).</summary>
    public double Advance { get; }

    public static TrackedLine Shape(TextShaper shaper, string text, SKTypeface typeface, double size, double spacing)
    {
        var shaped = shaper.Shape(text, typeface, (float)size);
        var positions = new List<SKPoint[]>();
        var gaps = 0;
        foreach (var run in shaped.Runs)
        {
            var runText = Encoding.UTF8.GetString(run.Utf8Text);
            var starts = GraphemeByteStarts(runText);
            var spaced = !IsJoiningScript(runText);
            var slots = VisualSlots(run, starts);
            var points = new SKPoint[run.Positions.Length];
            for (var i = 0; i < points.Length; i++)
            {
                var shift = spacing * (gaps + (spaced ? slots[i] : 0));
                points[i] = new SKPoint(run.Positions[i].X + (float)shift, run.Positions[i].Y);
            }
            positions.Add(points);
            // A joining run is spaced as one unit: a gap after it, none inside.
            gaps += spaced ? starts.Count : 1;
        }
        return new TrackedLine(shaped, positions, shaped.WidthPixels + spacing * Math.Max(0, gaps - 1));
    }

    /// <summary>The union of the glyph outlines' bounds at their positions, relative to the pen origin on the baseline.</summary>
    public LineInk Ink() => Ink((font, _, glyph) => OutlineBounds(font, glyph));

    /// <summary>The bounds of one glyph's outline at <paramref name="font"/>'s size, relative to its origin (empty for a space).</summary>
    public static SKRect OutlineBounds(SKFont font, ushort glyph)
    {
        using var path = font.GetGlyphPath(glyph);
        return path is null || path.IsEmpty ? SKRect.Empty : path.TightBounds;
    }

    /// <summary>The ink, with each glyph's outline bounds from <paramref name="outline"/> (which may remember them).</summary>
    public LineInk Ink(Func<SKFont, SKTypeface, ushort, SKRect> outline)
    {
        var ink = SKRect.Empty;
        for (var r = 0; r < shaped.Runs.Count; r++)
        {
            var run = shaped.Runs[r];
            using var font = TextShaper.CreateFont(run.Typeface, shaped.SizePixels);
            for (var i = 0; i < run.Glyphs.Length; i++)
            {
                var bounds = outline(font, run.Typeface, run.Glyphs[i]);
                if (bounds.IsEmpty)
                {
                    continue;
                }
                bounds.Offset(positions[r][i]);
                ink = ink.IsEmpty ? bounds : SKRect.Union(ink, bounds);
            }
        }
        return ink.IsEmpty ? new LineInk(Advance, 0, 0, 0, 0) : new LineInk(Advance, ink.Left, ink.Top, ink.Right, ink.Bottom);
    }

    /// <summary>The line as one text blob (real text, so PDFs stay searchable) with its origin at the pen's start; null when empty.</summary>
    public SKTextBlob? ToBlob()
    {
        if (shaped.Runs.Count == 0)
        {
            return null;
        }
        using var builder = new SKTextBlobBuilder();
        for (var r = 0; r < shaped.Runs.Count; r++)
        {
            var run = shaped.Runs[r];
            using var font = TextShaper.CreateFont(run.Typeface, shaped.SizePixels);
            var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, run.Utf8Text.Length, null);
            buffer.SetGlyphs(run.Glyphs);
            buffer.SetPositions(positions[r]);
            buffer.SetText(run.Utf8Text);
            buffer.SetClusters(run.Clusters);
        }
        return builder.Build();
    }

    /// <summary>
    /// For each glyph, how many of the run's graphemes stand before its own one from the left: HarfBuzz gives glyphs in
    /// visual order, so a grapheme's slot is the order in which it first appears (reversed logical order in RTL text).
    /// </summary>
    private static int[] VisualSlots(GlyphRun run, List<int> graphemeStarts)
    {
        var slots = new int[run.Glyphs.Length];
        var slotOf = new Dictionary<int, int>();
        for (var i = 0; i < slots.Length; i++)
        {
            var grapheme = GraphemeAt(graphemeStarts, (int)run.Clusters[i]);
            if (!slotOf.TryGetValue(grapheme, out var slot))
            {
                slot = slotOf.Count;
                slotOf[grapheme] = slot;
            }
            slots[i] = slot;
        }
        return slots;
    }

    /// <summary>The index of the grapheme holding <paramref name="byteOffset"/>: the last one starting at or before it.</summary>
    private static int GraphemeAt(List<int> starts, int byteOffset)
    {
        var index = 0;
        for (var i = 0; i < starts.Count && starts[i] <= byteOffset; i++)
        {
            index = i;
        }
        return index;
    }

    private static List<int> GraphemeByteStarts(string text)
    {
        var starts = new List<int>();
        foreach (var charIndex in StringInfo.ParseCombiningCharacters(text))
        {
            starts.Add(Encoding.UTF8.GetByteCount(text.AsSpan(0, charIndex)));
        }
        return starts;
    }

    // Scripts whose letters join: letter-spacing would break the joins (CSS leaves them unspaced for the same reason).
    private static bool IsJoiningScript(string text) =>
        text.EnumerateRunes().Any(r => r.Value is >= 0x0600 and <= 0x08FF or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF or >= 0x1800 and <= 0x18AF);
}
