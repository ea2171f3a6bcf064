using System.Globalization;
using System.Text;

namespace LegacyPress.Core.Scaffolding;

/// <summary>
/// Shot ids for stills a project starts from, made from their file names in the form film.yaml requires (lowercase
/// letters, digits and dashes, starting with a letter or digit, unique): <c>IMG_0012.JPG</c> becomes <c>img-0012</c>.
/// </summary>
public static class ShotIds
{
    /// <summary>What a name with nothing usable in it (<c>!!.png</c>) is called, numbered like any repeat.</summary>
    public const string Fallback = "shot";

    /// <summary>One id per file name, in the same order; a repeat gets <c>-2</c>, <c>-3</c>… after the first.</summary>
    public static IReadOnlyList<string> ForFiles(IEnumerable<string> fileNames)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var ids = new List<string>();
        foreach (var name in fileNames)
        {
            var stem = FromFileName(name);
            var id = stem;
            for (var n = 2; !taken.Add(id); n++)
            {
                id = $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}";
            }
            ids.Add(id);
        }
        return ids;
    }

    /// <summary>The id a file name suggests, before making it unique.</summary>
    public static string FromFileName(string fileName)
    {
        // Accents dropped rather than the letters: "Café" is "cafe", not "caf".
        var decomposed = Path.GetFileNameWithoutExtension(fileName).Normalize(NormalizationForm.FormD);
        var id = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower))
            {
                id.Append(lower);
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }
        var text = id.ToString().TrimEnd('-');
        return text.Length == 0 ? Fallback : text;
    }
}
