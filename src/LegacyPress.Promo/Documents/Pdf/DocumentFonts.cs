using System.Text;
using LegacyPress.Promo.Documents.Model;
using SkiaSharp;
using HB = HarfBuzzSharp;

namespace LegacyPress.Promo.Documents.Pdf;

/// <summary>
/// The typefaces a document is set in (serif body, sans headings, mono code, each in four styles) and HarfBuzz shaping
/// with them. Shaping and drawing use the same font files, so what the layout measured is what the PDF shows.
/// </summary>
public sealed class DocumentFonts : IDisposable
{
    private readonly Dictionary<(FontFace, bool, bool), Face> faces = [];

    private DocumentFonts(IReadOnlyDictionary<(FontFace Face, bool Bold, bool Italic), string> files)
    {
        foreach (var (key, path) in files)
        {
            faces[key] = new Face(path);
        }
    }

    /// <summary>Noto Serif for the body, Lato for headings and labels, DejaVu Sans Mono for code; DejaVu where one is missing.</summary>
    public static DocumentFonts FromSystem(string? fontsDirectory = null)
    {
        var files = new Dictionary<(FontFace, bool, bool), string>();
        foreach (var (face, family) in Families)
        {
            foreach (var bold in new[] { false, true })
            {
                foreach (var italic in new[] { false, true })
                {
                    var style = (bold, italic) switch { (false, false) => "Regular", (true, false) => "Bold", (false, true) => "Italic", _ => "BoldItalic" };
                    var candidates = family.Select(f => f(style)).Prepend(fontsDirectory is null ? null : Path.Combine(fontsDirectory, $"{face}-{style}.ttf")).OfType<string>();
                    files[(face, bold, italic)] = candidates.FirstOrDefault(File.Exists)
                        ?? throw new FileNotFoundException($"no {face} {style} font found (looked for {string.Join(", ", candidates)})");
                }
            }
        }
        return new DocumentFonts(files);
    }

    private static readonly (FontFace, Func<string, string>[])[] Families =
    [
        (FontFace.Serif, [s => $"/usr/share/fonts/truetype/noto/NotoSerif-{s}.ttf", s => $"/usr/share/fonts/truetype/dejavu/DejaVuSerif{DejaVu(s)}.ttf", s => "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"]),
        (FontFace.Sans, [s => $"/usr/share/fonts/truetype/lato/Lato-{s}.ttf", s => $"/usr/share/fonts/truetype/noto/NotoSans-{s}.ttf", s => $"/usr/share/fonts/truetype/dejavu/DejaVuSans{DejaVu(s)}.ttf", s => "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]),
        (FontFace.Mono, [s => $"/usr/share/fonts/truetype/dejavu/DejaVuSansMono{DejaVu(s)}.ttf", s => "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"]),
    ];

    private static string DejaVu(string style) => style switch
    {
        "Regular" => "",
        "BoldItalic" => "-BoldOblique",
        "Italic" => "-Oblique",
        _ => "-" + style,
    };

    public SKTypeface Typeface(TextStyle style) => FaceOf(style).Typeface;

    public SKFont Font(TextStyle style) => new(Typeface(style), (float)style.SizePoints) { Subpixel = true, LinearMetrics = true };

    /// <summary>Glyphs and their x positions (points from the start) for a piece of text, with the UTF-8 text and clusters for copy and search.</summary>
    public ShapedText Shape(string text, TextStyle style) => FaceOf(style).Shape(text, style.SizePoints);

    private Face FaceOf(TextStyle style) => faces[(style.Face, style.Bold, style.Italic)];

    public void Dispose()
    {
        foreach (var face in faces.Values)
        {
            face.Dispose();
        }
    }

    private sealed class Face : IDisposable
    {
        private readonly HB.Blob blob;
        private readonly HB.Face face;
        private readonly HB.Font font;
        private readonly Dictionary<string, (ushort[] Glyphs, float[] X, uint[] Clusters, float Advance)> cache = new(StringComparer.Ordinal);

        public Face(string path)
        {
            Typeface = SKTypeface.FromFile(path) ?? throw new FileNotFoundException($"font '{path}' could not be read");
            blob = HB.Blob.FromFile(path);
            face = new HB.Face(blob, 0);
            font = new HB.Font(face);
            font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
            UnitsPerEm = face.UnitsPerEm;
        }

        public SKTypeface Typeface { get; }

        private int UnitsPerEm { get; }

        public ShapedText Shape(string text, double sizePoints)
        {
            // Shaped once per string in font units; every size is a multiplication.
            if (!cache.TryGetValue(text, out var shaped))
            {
                using var buffer = new HB.Buffer();
                buffer.AddUtf8(text);
                buffer.GuessSegmentProperties();
                font.Shape(buffer);
                var infos = buffer.GlyphInfos;
                var positions = buffer.GlyphPositions;
                var glyphs = new ushort[infos.Length];
                var xs = new float[infos.Length];
                var clusters = new uint[infos.Length];
                float x = 0;
                for (var i = 0; i < infos.Length; i++)
                {
                    glyphs[i] = (ushort)infos[i].Codepoint;
                    clusters[i] = infos[i].Cluster;
                    xs[i] = x + positions[i].XOffset;
                    x += positions[i].XAdvance;
                }
                shaped = (glyphs, xs, clusters, x);
                cache[text] = shaped;
            }
            var scale = (float)(sizePoints / UnitsPerEm);
            return new ShapedText(shaped.Glyphs, shaped.X.Select(v => v * scale).ToArray(), Encoding.UTF8.GetBytes(text), shaped.Clusters, shaped.Advance * scale);
        }

        public void Dispose()
        {
            font.Dispose();
            face.Dispose();
            blob.Dispose();
            Typeface.Dispose();
        }
    }
}

/// <summary>Shaped text: glyph ids, x offsets in points, and the UTF-8 text with each glyph's cluster (byte offset).</summary>
public sealed record ShapedText(ushort[] Glyphs, float[] X, byte[] Utf8, uint[] Clusters, float AdvancePoints);
