using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using LegacyPress.Core.Loading;

namespace LegacyPress.Promo.Drawing;

/// <summary>
/// An SVG logo with every reference out of it removed. Svg.Skia loads what an SVG points at — an
/// <c>&lt;image href="file:…"&gt;</c> is read from disk, an <c>http(s)</c> one is fetched while drawing — and it has no
/// switch to stop that, so the document is cleaned before Svg.Skia sees it: an <c>href</c> may only be a fragment
/// (<c>#id</c>) or a <c>data:</c> raster image, a <c>url(…)</c> only a fragment or data, no <c>@import</c>, no
/// stylesheet processing instruction, no DTD (so no external entities), no <c>script</c> or <c>foreignObject</c>.
/// A <c>data:</c> image is held to the same header check and size limits as a picture file (<see cref="ImageFiles"/>),
/// so Svg.Skia is never handed one that claims 60000×60000.
/// </summary>
public static partial class SafeSvg
{
    /// <summary>A reference the cleaning removes (out of the document, or an embedded image refused) and why, by the line it is on.</summary>
    public sealed record Reference(int Line, string Description);

    private const string OnlyDataImages = "a logo may only embed data: images";

    /// <summary>
    /// Every reference the cleaning removes: each one out of the SVG, each embedded image that is not a PNG, JPEG or
    /// WebP within the size limits (empty for a self-contained logo); a document that is not XML is one problem.
    /// </summary>
    public static IReadOnlyList<Reference> Removed(string path) => Clean(path).Removed;

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

    private static (XDocument? Document, List<Reference> Removed) Clean(string path)
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
            references.Add(new Reference(e.LineNumber, $"not an SVG that can be read safely ({e.Message.Split(" Line ")[0].TrimEnd('.')}); {OnlyDataImages}"));
            return (null, references);
        }

        foreach (var instruction in document.DescendantNodes().OfType<XProcessingInstruction>().ToList())
        {
            references.Add(new Reference(LineOf(instruction), $"a <?{instruction.Target}?> instruction; {OnlyDataImages}"));
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
                        references.Add(new Reference(LineOf(attribute), $"<{element.Name.LocalName} href=\"{Shorten(attribute.Value)}\">; {OnlyDataImages}"));
                        attribute.Remove();
                    }
                    else if (EmbeddedImageProblem(attribute.Value) is { } problem)
                    {
                        // Svg.Skia would decode it at whatever size it claims: held to the limits of a picture file.
                        references.Add(new Reference(LineOf(attribute), $"<{element.Name.LocalName} href=\"{Shorten(attribute.Value)}\"> {problem}"));
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

    /// <summary>Why a <c>data:</c> raster image may not be decoded (from its header, as for a file); null for a fragment or a fine one.</summary>
    private static string? EmbeddedImageProblem(string reference)
    {
        var value = reference.Trim();
        var comma = value.IndexOf(',');
        if (!DataImage().IsMatch(value) || comma < 0)
        {
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = value[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(value[(comma + 1)..])
                : System.Text.Encoding.Latin1.GetBytes(Uri.UnescapeDataString(value[(comma + 1)..]));
        }
        catch (FormatException)
        {
            return "is not valid base64";
        }
        return ImageFiles.Problem(ImageHeader.Read(new MemoryStream(bytes)));
    }

    private static string CleanCss(string css, int line, string where, List<Reference> references)
    {
        var cleaned = Import().Replace(css, m =>
        {
            references.Add(new Reference(line, $"{where} {Shorten(m.Value.Trim())}; {OnlyDataImages}"));
            return "";
        });
        return Url().Replace(cleaned, m =>
        {
            if (IsInternal(m.Groups["target"].Value))
            {
                return m.Value;
            }
            references.Add(new Reference(line, $"{where} {Shorten(m.Value)}; {OnlyDataImages}"));
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
