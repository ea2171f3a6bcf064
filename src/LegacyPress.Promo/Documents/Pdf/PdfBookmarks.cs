using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LegacyPress.Promo.Documents.Layout;

namespace LegacyPress.Promo.Documents.Pdf;

/// <summary>
/// Adds bookmarks (the PDF outline: chapters with their sections nested) to a PDF written by Skia. Skia's PDF backend
/// writes links and named destinations but has no API for the outline, so the outline is appended as a PDF incremental
/// update (ISO 32000-1 §7.5.6): new outline objects, the catalog rewritten with /Outlines, a new xref section and a
/// trailer pointing back at the old one. The original bytes are untouched.
/// </summary>
/// <remarks>
/// PDFsharp would do this too, but from 6.5.0 it must be switched on with an explicit licence choice (AGPL or
/// commercial) at run time; that is a decision for the project, not for one feature, and the update is 100 lines.
/// Skia writes a classic xref table and plain (uncompressed) catalog and page-tree dictionaries, which is all this reads.
/// </remarks>
public static partial class PdfBookmarks
{
    /// <summary>The PDF with the outline appended (the same bytes when there is no heading to list).</summary>
    public static byte[] Add(byte[] original, IReadOnlyList<PlacedHeading> headings, double pageHeightPoints)
    {
        var entries = headings.Where(h => h.Level <= 2).ToList();
        if (entries.Count == 0)
        {
            return original;
        }
        var text = Encoding.Latin1.GetString(original);
        var oldXref = long.Parse(StartXref().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var trailer = text[text.LastIndexOf("trailer", StringComparison.Ordinal)..];
        var root = int.Parse(Reference(trailer, "Root"), CultureInfo.InvariantCulture);
        var size = int.Parse(Field().Match(trailer, trailer.IndexOf("/Size", StringComparison.Ordinal)).Groups[1].Value, CultureInfo.InvariantCulture);
        var info = Info().Match(trailer) is { Success: true } m ? m.Groups[1].Value : null;

        var catalog = Dictionary(text, root);
        var pages = new List<int>();
        CollectPages(text, int.Parse(Reference(catalog, "Pages"), CultureInfo.InvariantCulture), pages);

        // Object numbers: the outline root, then one per entry in reading order.
        var outlineRoot = size;
        var number = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            number[i] = size + 1 + i;
        }
        var parent = new int[entries.Count];
        var children = new Dictionary<int, List<int>> { [-1] = [] };
        var lastChapter = -1;
        for (var i = 0; i < entries.Count; i++)
        {
            var isChild = entries[i].Level == 2 && lastChapter >= 0;
            if (!isChild)
            {
                lastChapter = i;
            }
            parent[i] = isChild ? lastChapter : -1;
            children[i] = [];
            children[parent[i]].Add(i);
        }

        var objects = new List<(int Number, string Body)>();
        var top = children[-1];
        objects.Add((outlineRoot, $"<< /Type /Outlines /First {number[top[0]]} 0 R /Last {number[top[^1]]} 0 R /Count {top.Count} >>"));
        for (var i = 0; i < entries.Count; i++)
        {
            var siblings = children[parent[i]];
            var at = siblings.IndexOf(i);
            var body = new StringBuilder("<< /Title ").Append(PdfText(entries[i].Title))
                .Append(CultureInfo.InvariantCulture, $" /Parent {(parent[i] < 0 ? outlineRoot : number[parent[i]])} 0 R");
            if (at > 0)
            {
                body.Append(CultureInfo.InvariantCulture, $" /Prev {number[siblings[at - 1]]} 0 R");
            }
            if (at < siblings.Count - 1)
            {
                body.Append(CultureInfo.InvariantCulture, $" /Next {number[siblings[at + 1]]} 0 R");
            }
            if (children[i].Count > 0)
            {
                // A negative count: sections start folded under their chapter.
                body.Append(CultureInfo.InvariantCulture, $" /First {number[children[i][0]]} 0 R /Last {number[children[i][^1]]} 0 R /Count -{children[i].Count}");
            }
            var y = Math.Max(0, pageHeightPoints - entries[i].Y + 24);
            body.Append(CultureInfo.InvariantCulture, $" /Dest [{pages[entries[i].PageNumber - 1]} 0 R /XYZ null {y:0.##} null] >>");
            objects.Add((number[i], body.ToString()));
        }
        var catalogBody = PageMode().Replace(catalog, "");
        catalogBody = catalogBody[..catalogBody.LastIndexOf(">>", StringComparison.Ordinal)] + $" /Outlines {outlineRoot} 0 R /PageMode /UseOutlines >>";
        objects.Add((root, catalogBody));

        using var stream = new MemoryStream();
        stream.Write(original);
        var offset = original.LongLength;
        var offsets = new Dictionary<int, long>();
        void Write(string s)
        {
            var bytes = Encoding.Latin1.GetBytes(s);
            stream.Write(bytes);
            offset += bytes.Length;
        }
        Write("\n");
        foreach (var (n, body) in objects)
        {
            offsets[n] = offset;
            Write($"{n} 0 obj\n{body}\nendobj\n");
        }
        var xref = offset;
        var table = new StringBuilder("xref\n0 1\n0000000000 65535 f \n");
        foreach (var n in offsets.Keys.Order())
        {
            table.Append(CultureInfo.InvariantCulture, $"{n} 1\n{offsets[n]:D10} 00000 n \n");
        }
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size + 1 + entries.Count} /Root {root} 0 R{(info is null ? "" : $" /Info {info} 0 R")} /Prev {oldXref} >>\nstartxref\n{xref}\n%%EOF\n");
        Write(table.ToString());
        return stream.ToArray();
    }

    private static void CollectPages(string pdf, int node, List<int> pages)
    {
        var dict = Dictionary(pdf, node);
        if (TypePage().IsMatch(dict))
        {
            pages.Add(node);
            return;
        }
        var kids = dict[(dict.IndexOf("/Kids", StringComparison.Ordinal) + 5)..];
        kids = kids[(kids.IndexOf('[') + 1)..kids.IndexOf(']')];
        foreach (Match kid in Ref().Matches(kids))
        {
            CollectPages(pdf, int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture), pages);
        }
    }

    /// <summary>The dictionary of object <paramref name="number"/> (its last definition), with nested dictionaries balanced.</summary>
    private static string Dictionary(string pdf, int number)
    {
        var found = new Regex($@"(?:^|[\r\n]){number} 0 obj\s*").Matches(pdf);
        if (found.Count == 0)
        {
            throw new InvalidDataException($"PDF object {number} not found");
        }
        var start = found[^1].Index + found[^1].Length;
        var depth = 0;
        for (var i = start; i < pdf.Length - 1; i++)
        {
            if (pdf[i] == '<' && pdf[i + 1] == '<')
            {
                depth++;
                i++;
            }
            else if (pdf[i] == '>' && pdf[i + 1] == '>')
            {
                depth--;
                i++;
                if (depth == 0)
                {
                    return pdf[start..(i + 1)];
                }
            }
        }
        throw new InvalidDataException($"PDF object {number} is not a dictionary");
    }

    private static string Reference(string dict, string key) =>
        new Regex($@"/{key}\s+(\d+)\s+0\s+R").Match(dict) is { Success: true } m ? m.Groups[1].Value : throw new InvalidDataException($"/{key} not found");

    /// <summary>A text string as UTF-16BE hex with its byte-order mark: any language, no escaping.</summary>
    private static string PdfText(string s) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(s)) + ">";

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex Field();

    [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")]
    private static partial Regex Info();

    [GeneratedRegex(@"/PageMode\s*/\w+")]
    private static partial Regex PageMode();

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex TypePage();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex Ref();
}
