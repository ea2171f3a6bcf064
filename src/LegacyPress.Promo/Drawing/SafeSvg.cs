using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace LegacyPress.Promo.Drawing;

/// <summary>
/// An SVG logo with every reference out of it removed. Svg.Skia loads what an SVG points at — an
/// <c>&lt;image href="file:…"&gt;</c> is read from disk, an <c>http(s)</c> one is fetched while drawing — and it has no
/// switch to stop that, so the document is cleaned before Svg.Skia sees it: an <c>href</c> may only be a fragment
/// (<c>#id</c>) or a <c>data:</c> raster image, a <c>url(…)</c> only a fragment or data, no <c>@import</c>, no
/// stylesheet processing instruction, no DTD (so no external entities), no <c>script</c> or <c>foreignObject</c>.
/// </summary>
public static partial class SafeSvg
{
    /// <summary>A reference out of the document, by the line it is on.</summary>
    public sealed record Reference(int Line, string Description);

    /// <summary>Every reference out of the SVG (empty for a self-contained one); a document that is not XML is one problem.</summary>
    public static IReadOnlyList<Reference> ExternalReferences(string path)
    {
        var (_, references) = Clean(path);
        return references;
    }

    /// <summary>The SVG as a self-contained document, ready for <c>SKSvg.Load(Stream)</c>.</summary>
    public static MemoryStream Open(string path)
    {
        var (document, _) = Clean(path);
        var stream = new MemoryStream();
        if (document is not null)
        {
            document.Save(stream, SaveOptions.DisableFormatting);
        }
        stream.Position = 0;
        return stream;
    }

    private static (XDocument? Document, List<Reference> References) Clean(string path)
    {
        var references = new List<Reference>();
        XDocument document;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreProcessingInstructions = false };
        try
        {
            using var file = File.OpenRead(path);
            using var reader = XmlReader.Create(file, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            references.Add(new Reference(e.LineNumber, $"not an SVG that can be read safely ({e.Message.Split(" Line ")[0].TrimEnd('.')})"));
            return (null, references);
        }

        foreach (var instruction in document.DescendantNodes().OfType<XProcessingInstruction>().ToList())
        {
            references.Add(new Reference(LineOf(instruction), $"a <?{instruction.Target}?> instruction"));
            instruction.Remove();
        }
        foreach (var element in document.Descendants().Where(e => e.Name.LocalName is "script" or "foreignObject").ToList())
        {
            element.Remove();
        }
        foreach (var element in document.Descendants().ToList())
        {
            foreach (var attribute in element.Attributes().ToList())
            {
                if (attribute.IsNamespaceDeclaration)
                {
                    continue;
                }
                if (attribute.Name.LocalName == "href")
                {
                    if (!IsInternal(attribute.Value))
                    {
                        references.Add(new Reference(LineOf(attribute), $"<{element.Name.LocalName} href=\"{Shorten(attribute.Value)}\">"));
                        attribute.Remove();
                    }
                    continue;
                }
                var cleaned = CleanCss(attribute.Value, LineOf(attribute), $"{attribute.Name.LocalName}=", references);
                if (cleaned != attribute.Value)
                {
                    attribute.Value = cleaned;
                }
            }
            if (element.Name.LocalName == "style")
            {
                foreach (var text in element.Nodes().OfType<XText>())
                {
                    text.Value = CleanCss(text.Value, LineOf(element), "<style>", references);
                }
            }
        }
        return (document, references);
    }

    private static string CleanCss(string css, int line, string where, List<Reference> references)
    {
        var cleaned = Import().Replace(css, m =>
        {
            references.Add(new Reference(line, $"{where} {Shorten(m.Value.Trim())}"));
            return "";
        });
        return Url().Replace(cleaned, m =>
        {
            if (IsInternal(m.Groups["target"].Value))
            {
                return m.Value;
            }
            references.Add(new Reference(line, $"{where} {Shorten(m.Value)}"));
            return "none";
        });
    }

    /// <summary>A fragment of the same document, or a raster image carried inside it.</summary>
    private static bool IsInternal(string reference)
    {
        var value = reference.Trim();
        return value.StartsWith('#') || DataImage().IsMatch(value);
    }

    private static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"^data:image/(png|jpeg|jpg|gif|webp)[;,]", RegexOptions.IgnoreCase)]
    private static partial Regex DataImage();

    [GeneratedRegex(@"@import[^;]*;?", RegexOptions.IgnoreCase)]
    private static partial Regex Import();

    [GeneratedRegex(@"url\(\s*(['""]?)(?<target>.*?)\1\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
