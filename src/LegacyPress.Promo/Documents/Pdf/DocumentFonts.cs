using LegacyPress.Promo.Documents.Model;
using LegacyPress.Render.Text;
using SkiaSharp;

namespace LegacyPress.Promo.Documents.Pdf;

/// <summary>
/// The typefaces a document is set in — a serif for reading, a sans for headings and labels, a mono for code, each in
/// regular, bold, italic and bold italic — shaped and drawn through the shared text foundation (<see cref="TextShaper"/>:
/// HarfBuzz, per-character fallback for any script, real text blobs). Long documents need complete families with
/// true bold and italic, which the display faces shipped for cards do not have, so families are looked up by name in
/// the <see cref="FontLibrary"/> (its folder first, then the system) and fall back to the shipped roles.
/// </summary>
public sealed class DocumentFonts : IDisposable
{
    private static readonly IReadOnlyDictionary<FontFace, string[]> Families = new Dictionary<FontFace, string[]>
    {
        [FontFace.Serif] = ["Noto Serif", "DejaVu Serif"],
        [FontFace.Sans] = ["Lato", "Inter", "DejaVu Sans"],
        [FontFace.Mono] = ["DejaVu Sans Mono", "Noto Sans Mono"],
    };

    private readonly FontLibrary library;
    private readonly TextShaper shaper;
    private readonly Dictionary<(FontFace, bool, bool), SKTypeface> typefaces = [];
    private readonly Dictionary<(string, TextStyle), ShapedText> shaped = [];

    public DocumentFonts(FontLibrary library)
    {
        this.library = library;
        shaper = new TextShaper(library);
        foreach (var face in Families.Keys)
        {
            foreach (var bold in new[] { false, true })
            {
                foreach (var italic in new[] { false, true })
                {
                    var style = new SKFontStyle(bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright);
                    typefaces[(face, bold, italic)] = Families[face].Select(f => library.Find(f, style)).FirstOrDefault(t => t is not null)
                        ?? library.Get(Role(face, bold, italic));
                }
            }
        }
    }

    /// <summary>The fonts shipped with LegacyPress plus the system's.</summary>
    public static DocumentFonts LoadShipped() => new(FontLibrary.LoadShipped());

    public SKTypeface Typeface(TextStyle style) => typefaces[(style.Face, style.Bold, style.Italic)];

    /// <summary>One line of text shaped at the style's size; PDF canvas units are points, so pixels here are points.</summary>
    public ShapedText Shape(string text, TextStyle style)
    {
        if (!shaped.TryGetValue((text, style), out var line))
        {
            line = shaper.Shape(text, Typeface(style), (float)style.SizePoints);
            shaped[(text, style)] = line;
        }
        return line;
    }

    public void Dispose()
    {
        shaper.Dispose();
        library.Dispose();
    }

    private static FontRole Role(FontFace face, bool bold, bool italic) => face switch
    {
        FontFace.Serif => italic ? FontRole.DisplayItalic : FontRole.Display,
        _ => bold ? FontRole.BodySemiBold : FontRole.Body,
    };
}
