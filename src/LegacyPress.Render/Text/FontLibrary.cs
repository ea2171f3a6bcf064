using System.Collections.Concurrent;
using SkiaSharp;

namespace LegacyPress.Render.Text;

/// <summary>
/// The typefaces text is set in: the OFL fonts shipped in <c>templates/fonts</c> (by role or family name), and the
/// system's fonts (fontconfig, via Skia's font manager) for any character the shipped ones lack, so every language
/// renders. Never downloads anything. Thread-safe; owns and disposes every typeface it hands out.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    private static readonly IReadOnlyDictionary<FontRole, ShippedFace> RoleFaces = new Dictionary<FontRole, ShippedFace>
    {
        [FontRole.Display] = new("EBGaramond-Regular.otf", "EB Garamond", SKFontStyle.Normal, "serif"),
        [FontRole.DisplayItalic] = new("EBGaramond-Italic.otf", "EB Garamond", SKFontStyle.Italic, "serif"),
        [FontRole.Body] = new("Inter-Regular.otf", "Inter", SKFontStyle.Normal, "sans-serif"),
        [FontRole.BodyMedium] = new("Inter-Medium.otf", "Inter", new SKFontStyle(500, 5, SKFontStyleSlant.Upright), "sans-serif"),
        [FontRole.BodySemiBold] = new("Inter-SemiBold.otf", "Inter", new SKFontStyle(600, 5, SKFontStyleSlant.Upright), "sans-serif"),
    };

    private readonly IReadOnlyList<SKTypeface> folderFaces;
    private readonly IReadOnlyDictionary<FontRole, SKTypeface> roleFaces;
    private readonly ConcurrentDictionary<(string Family, int Weight, SKFontStyleSlant Slant, int Codepoint), SKTypeface?> fallbacks = new();
    private readonly ConcurrentDictionary<(string Family, int Weight, SKFontStyleSlant Slant), SKTypeface?> systemFamilies = new();
    private readonly List<SKTypeface> owned = [];
    private readonly ConcurrentDictionary<SKTypeface, ConcurrentDictionary<int, SKTypeface>> chosen = new(ReferenceEqualityComparer.Instance);

    /// <summary>Loads every .otf/.ttf in <paramref name="fontsDirectory"/> (a missing folder just means system fonts only).</summary>
    public FontLibrary(string fontsDirectory)
    {
        FontsDirectory = fontsDirectory;
        var files = Directory.Exists(fontsDirectory)
            ? Directory.EnumerateFiles(fontsDirectory)
                .Where(f => f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        var byFile = new Dictionary<string, SKTypeface>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var typeface = SKTypeface.FromFile(file);
            if (typeface is not null)
            {
                byFile[Path.GetFileName(file)] = typeface;
                owned.Add(typeface);
            }
        }
        folderFaces = byFile.Values.ToList();
        roleFaces = RoleFaces.ToDictionary(r => r.Key, r => byFile.GetValueOrDefault(r.Value.FileName) ?? SystemStandIn(r.Value));
    }

    /// <summary>Where the build copies <c>templates/fonts</c>: beside the running assembly.</summary>
    public static string ShippedFontsDirectory => Path.Combine(AppContext.BaseDirectory, "templates", "fonts");

    public string FontsDirectory { get; }

    /// <summary>The library of the fonts shipped with LegacyPress.</summary>
    public static FontLibrary LoadShipped() => new(ShippedFontsDirectory);

    /// <summary>The typeface for a role: the shipped face, else the same family or a generic one from the system.</summary>
    public SKTypeface Get(FontRole role) => roleFaces[role];

    /// <summary>
    /// A family by name (e.g. a template asks for "Bebas Neue"): from the fonts folder first, nearest weight of the
    /// same slant; then the system. Null when neither has it, so callers can choose their own fallback.
    /// </summary>
    public SKTypeface? Find(string family, SKFontStyle style)
    {
        var shipped = folderFaces
            .Where(t => string.Equals(t.FamilyName, family, StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => t.FontSlant == style.Slant ? 0 : 1)
            .ThenBy(t => Math.Abs(t.FontWeight - style.Weight))
            .FirstOrDefault();
        return shipped ?? SystemFamily(family, style);
    }

    /// <summary>
    /// The typeface to draw <paramref name="codepoint"/> with when setting text in <paramref name="preferred"/>:
    /// <paramref name="preferred"/> itself when it has the glyph, else a system font that does and matches its
    /// style as closely as fontconfig can; <paramref name="preferred"/> again when nothing has it (drawn as .notdef).
    /// </summary>
    public SKTypeface ForCharacter(SKTypeface preferred, int codepoint) =>
        // Asked once per character of every line shaped; fitting a title shapes the same few characters many times.
        chosen.GetOrAdd(preferred, _ => new ConcurrentDictionary<int, SKTypeface>()).GetOrAdd(codepoint, c => Choose(preferred, c));

    private SKTypeface Choose(SKTypeface preferred, int codepoint)
    {
        using (var font = new SKFont(preferred))
        {
            if (font.ContainsGlyph(codepoint))
            {
                return preferred;
            }
        }
        var key = (preferred.FamilyName, preferred.FontWeight, preferred.FontSlant, codepoint);
        return fallbacks.GetOrAdd(key, k =>
        {
            var match = SKFontManager.Default.MatchCharacter(k.Family, k.Weight, (int)SKFontStyleWidth.Normal, k.Slant, null, k.Codepoint);
            return match is null ? null : Own(match);
        }) ?? preferred;
    }

    public void Dispose()
    {
        lock (owned)
        {
            foreach (var typeface in owned)
            {
                typeface.Dispose();
            }
            owned.Clear();
        }
    }

    private SKTypeface SystemStandIn(ShippedFace face) =>
        SystemFamily(face.Family, face.Style) ?? SystemFamily(face.GenericFamily, face.Style) ?? SKTypeface.Default;

    private SKTypeface? SystemFamily(string family, SKFontStyle style) =>
        systemFamilies.GetOrAdd((family, style.Weight, style.Slant), k =>
        {
            var match = SKFontManager.Default.MatchFamily(k.Family, new SKFontStyle(k.Weight, (int)SKFontStyleWidth.Normal, k.Slant));
            // fontconfig answers every query with *some* font; only a real family match counts.
            if (match is not null && !string.Equals(match.FamilyName, k.Family, StringComparison.OrdinalIgnoreCase) && k.Family is not ("serif" or "sans-serif"))
            {
                match.Dispose();
                return null;
            }
            return match is null ? null : Own(match);
        });

    private SKTypeface Own(SKTypeface typeface)
    {
        lock (owned)
        {
            owned.Add(typeface);
        }
        return typeface;
    }

    private sealed record ShippedFace(string FileName, string Family, SKFontStyle Style, string GenericFamily);
}
