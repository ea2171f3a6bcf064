using System.Text;

namespace LegacyPress.Promo.Documents.Markdown;

/// <summary>Names for places in a document (link targets, bookmarks), unique within it: "director-s-statement", "credits-2".</summary>
public sealed class Anchors
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public string For(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var name = slug.ToString().Trim('-');
        name = name.Length == 0 ? "section" : name;
        var unique = name;
        for (var n = 2; !used.Add(unique); n++)
        {
            unique = $"{name}-{n}";
        }
        return unique;
    }
}
