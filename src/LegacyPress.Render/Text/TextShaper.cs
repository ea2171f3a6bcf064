using System.Collections.Concurrent;
using System.Globalization;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using HarfBuzzFont = HarfBuzzSharp.Font;

namespace LegacyPress.Render.Text;

/// <summary>
/// Shapes a line of text with HarfBuzz (kerning, ligatures, complex scripts), splitting it into runs by the
/// typeface that has each character so anything the preferred face lacks comes from a system font.
/// Thread-safe: HarfBuzz fonts are shared read-only, every call shapes in its own buffer.
/// </summary>
public sealed class TextShaper : IDisposable
{
    private readonly FontLibrary fonts;
    private readonly ConcurrentDictionary<SKTypeface, Lazy<HarfBuzzFace>> harfBuzzFaces = new(ReferenceEqualityComparer.Instance);

    public TextShaper(FontLibrary fonts)
    {
        this.fonts = fonts;
    }

    public FontLibrary Fonts => fonts;

    /// <summary>
    /// Shapes <paramref name="text"/> (one line: newlines are not interpreted) at <paramref name="sizePixels"/>;
    /// <paramref name="trackingEm"/> adds letter-spacing after every spacing glyph, in ems (0.1 = a tenth of the size).
    /// </summary>
    public ShapedText Shape(string text, SKTypeface typeface, float sizePixels, float trackingEm = 0)
    {
        var runs = new List<GlyphRun>();
        var penX = 0f;
        foreach (var (runTypeface, runText) in SplitByTypeface(text, typeface))
        {
            var (run, advance) = ShapeRun(runText, runTypeface, sizePixels, trackingEm * sizePixels, penX);
            runs.Add(run);
            penX += advance;
        }
        // Tracking goes between letters: none after the last, or centred text would sit off centre.
        var width = runs.Any(r => r.Glyphs.Length > 0) ? penX - trackingEm * sizePixels : penX;
        using var font = CreateFont(typeface, sizePixels);
        return new ShapedText(text, sizePixels, runs, width, font.Metrics);
    }

    /// <summary>Advance width of <paramref name="text"/> as shaped: the measure line breaking and fitting use.</summary>
    public float MeasureWidth(string text, SKTypeface typeface, float sizePixels) => Shape(text, typeface, sizePixels).WidthPixels;

    /// <summary>Shapes and draws one line; <paramref name="align"/> says what <paramref name="x"/> is.</summary>
    public ShapedText Draw(SKCanvas canvas, string text, SKTypeface typeface, float sizePixels, float x, float baselineY, SKTextAlign align, SKPaint paint)
    {
        var shaped = Shape(text, typeface, sizePixels);
        shaped.Draw(canvas, x, baselineY, align, paint);
        return shaped;
    }

    public void Dispose()
    {
        foreach (var face in harfBuzzFaces.Values.Where(f => f.IsValueCreated))
        {
            face.Value.Dispose();
        }
        harfBuzzFaces.Clear();
    }

    /// <summary>
    /// A font set up for moving, scaling text: unhinted outlines at sub-pixel positions with plain anti-aliasing, so
    /// glyphs keep their shape as they glide instead of snapping to the pixel grid from frame to frame (shimmer).
    /// </summary>
    public static SKFont CreateFont(SKTypeface typeface, float sizePixels) => new(typeface, sizePixels)
    {
        Subpixel = true,
        Hinting = SKFontHinting.None,
        Edging = SKFontEdging.Antialias,
        LinearMetrics = true,
        BaselineSnap = false,
    };

    private IEnumerable<(SKTypeface Typeface, string Text)> SplitByTypeface(string text, SKTypeface preferred)
    {
        var start = 0;
        SKTypeface? current = null;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            // Marks, joiners and spaces stay with the run they are in, so a fallback never splits a cluster.
            var typeface = current is not null && StaysInRun(rune) ? current : fonts.ForCharacter(preferred, rune.Value);
            if (current is not null && !ReferenceEquals(typeface, current))
            {
                yield return (current, text[start..index]);
                start = index;
            }
            current = typeface;
            index += rune.Utf16SequenceLength;
        }
        if (current is not null)
        {
            yield return (current, text[start..]);
        }
    }

    private static bool StaysInRun(System.Text.Rune rune) =>
        System.Text.Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
        || rune.Value is >= 0xFE00 and <= 0xFE0F;

    private (GlyphRun Run, float Advance) ShapeRun(string text, SKTypeface typeface, float sizePixels, float trackingPixels, float penX)
    {
        var face = harfBuzzFaces.GetOrAdd(typeface, t => new Lazy<HarfBuzzFace>(() => new HarfBuzzFace(t))).Value;
        var utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(utf8);
        buffer.GuessSegmentProperties();
        face.Font.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = sizePixels / face.UnitsPerEm;
        var glyphs = new ushort[infos.Length];
        var points = new SKPoint[infos.Length];
        var clusters = new uint[infos.Length];
        var x = 0f;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = infos[i].Cluster;
            points[i] = new SKPoint(penX + x + positions[i].XOffset * scale, -positions[i].YOffset * scale);
            x += positions[i].XAdvance * scale;
            if (positions[i].XAdvance != 0)
            {
                x += trackingPixels;
            }
        }
        return (new GlyphRun(typeface, glyphs, points, utf8, clusters), x);
    }

    /// <summary>A HarfBuzz font for one typeface at its design resolution (advances in font units, scaled per call).</summary>
    private sealed class HarfBuzzFace : IDisposable
    {
        private readonly Face face;

        public HarfBuzzFace(SKTypeface typeface)
        {
            using var blob = typeface.OpenStream(out var index).ToHarfBuzzBlob();
            face = new Face(blob, index) { Index = index, UnitsPerEm = typeface.UnitsPerEm };
            UnitsPerEm = Math.Max(1, typeface.UnitsPerEm);
            Font = new HarfBuzzFont(face);
            Font.SetScale(UnitsPerEm, UnitsPerEm);
            Font.SetFunctionsOpenType();
        }

        public HarfBuzzFont Font { get; }

        public int UnitsPerEm { get; }

        public void Dispose()
        {
            Font.Dispose();
            face.Dispose();
        }
    }
}
