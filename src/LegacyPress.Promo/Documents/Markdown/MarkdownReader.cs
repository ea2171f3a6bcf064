using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Files;
using LegacyPress.Core.Loading;
using LegacyPress.Promo.Documents.Model;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Block = LegacyPress.Promo.Documents.Model.Block;
using TableCell = LegacyPress.Promo.Documents.Model.TableCell;
using MdTable = Markdig.Extensions.Tables.Table;

namespace LegacyPress.Promo.Documents.Markdown;

/// <summary>
/// Turns a project's Markdown (parsed by Markdig) into document blocks in the theme's styles: headings, paragraphs with
/// emphasis, code and links, bullet and numbered lists, block quotes, pipe tables, rules, and images (a paragraph
/// holding only an image becomes a figure, its alt text the caption). A missing or out-of-project image, or one that is
/// not a picture within the size limits by its header (<see cref="ImageFiles"/>), is reported at the file:line:col of
/// its reference.
/// </summary>
public sealed class MarkdownReader(DocumentTheme theme, Anchors anchors, Func<string, ImageCheck> probeImage)
{
    private const double ListIndent = 16;
    private const double ParagraphSpace = 7;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().Build();

    public IReadOnlyList<Block> Read(MarkdownSource source, DiagnosticBag problems)
    {
        var document = Markdig.Markdown.Parse(source.Text, Pipeline);
        var context = new Context(source, problems);
        var blocks = new List<Block>();
        foreach (var block in document)
        {
            blocks.AddRange(Blocks(block, context, indent: 0));
        }
        return blocks;
    }

    private sealed record Context(MarkdownSource Source, DiagnosticBag Problems);

    private IEnumerable<Block> Blocks(Markdig.Syntax.Block block, Context context, double indent, TextStyle? style = null, ParagraphFormat? format = null)
    {
        style ??= theme.Body;
        switch (block)
        {
            case HeadingBlock h:
            {
                var level = Math.Clamp(h.Level + context.Source.HeadingShift, 1, 3);
                var text = PlainText(h.Inline);
                yield return new Heading(level, text, anchors.For(text), theme.HeadingStyle(level))
                {
                    SpaceBeforePoints = level == 1 ? 26 : level == 2 ? 16 : 11,
                    SpaceAfterPoints = level == 1 ? 10 : 5,
                };
                break;
            }
            case ParagraphBlock p when ImageAlone(p) is { } image:
                if (Figure(image, context) is { } figure)
                {
                    yield return figure;
                }
                break;
            case ParagraphBlock p:
                yield return new Paragraph(Runs(p.Inline, style, context), format ?? new ParagraphFormat(LeftIndentPoints: indent)) { SpaceAfterPoints = ParagraphSpace };
                break;
            case ListBlock list:
            {
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? $"{number++}." : indent > 0 ? "–" : "•";
                    var first = true;
                    foreach (var inner in item)
                    {
                        var innerFormat = inner is ParagraphBlock && first ? new ParagraphFormat(LeftIndentPoints: indent + ListIndent, Marker: marker) : null;
                        foreach (var b in Blocks(inner, context, indent + ListIndent, style, innerFormat))
                        {
                            yield return b is Paragraph para ? para with { SpaceAfterPoints = 3 } : b;
                        }
                        first = false;
                    }
                }
                yield return new Spacer(4);
                break;
            }
            case QuoteBlock quote:
            {
                var quoteFormat = new ParagraphFormat(LeftIndentPoints: indent + 18, RightIndentPoints: 12, SideRule: theme.Accent);
                foreach (var inner in quote)
                {
                    foreach (var b in Blocks(inner, context, indent + 18, theme.Quote, inner is ParagraphBlock ? quoteFormat : null))
                    {
                        yield return b is Paragraph para ? para with { SpaceBeforePoints = 4, SpaceAfterPoints = 8 } : b;
                    }
                }
                break;
            }
            case ThematicBreakBlock:
                yield return new Rule(theme.RuleColor) { SpaceBeforePoints = 8, SpaceAfterPoints = 10 };
                break;
            case CodeBlock code:
            {
                var text = string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString()));
                yield return new Paragraph([new TextRun(text, theme.Code)], new ParagraphFormat(LeftIndentPoints: indent + 10, Background: theme.Tint)) { SpaceBeforePoints = 6, SpaceAfterPoints = 10 };
                break;
            }
            case MdTable table:
                yield return Table(table, context);
                break;
            case ContainerBlock container:
                foreach (var inner in container)
                {
                    foreach (var b in Blocks(inner, context, indent, style, format))
                    {
                        yield return b;
                    }
                }
                break;
        }
    }

    private TableBlock Table(MdTable table, Context context)
    {
        var rows = table.OfType<TableRow>().ToList();
        var columns = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        IReadOnlyList<TableCell> Cells(TableRow row) => row.OfType<Markdig.Extensions.Tables.TableCell>()
            .Select(c => new TableCell(c.OfType<ParagraphBlock>().SelectMany(p => Runs(p.Inline, theme.Small, context)).ToList()))
            .ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var body = rows.Where(r => !r.IsHeader).Select(Cells).ToList();
        return new TableBlock(header is null ? [] : Cells(header), body, Enumerable.Repeat(1.0, columns).ToList()) { SpaceBeforePoints = 6, SpaceAfterPoints = 12 };
    }

    private static LinkInline? ImageAlone(ParagraphBlock p)
    {
        var inlines = p.Inline?.Where(i => i is not LineBreakInline && !(i is LiteralInline l && l.Content.IsEmptyOrWhitespace())).ToList();
        return inlines is [LinkInline { IsImage: true } image] ? image : null;
    }

    private ImageBlock? Figure(LinkInline image, Context context)
    {
        var at = new SourceLocation(context.Source.DisplayPath, image.Line + 1, image.Column + 1);
        var url = image.Url ?? "";
        var folder = Path.GetDirectoryName(context.Source.FullPath) ?? context.Source.ProjectDirectory;
        var relative = Path.GetRelativePath(context.Source.ProjectDirectory, Path.GetFullPath(Path.Combine(folder, url)));
        var (full, problem) = ProjectPaths.ResolveFile(context.Source.ProjectDirectory, relative);
        if (problem == "not found")
        {
            context.Problems.Add(at, $"image '{url}' not found (looked for {relative})");
            return null;
        }
        if (problem is not null || full is null)
        {
            context.Problems.Add(at, $"image '{url}' {problem}");
            return null;
        }
        // Before the document is built: a header claiming 60000x60000 is refused here, never decoded when the PDF is drawn.
        var check = probeImage(full);
        if (check.Header is not { } header)
        {
            context.Problems.Add(at, $"image '{url}' {check.Problem}");
            return null;
        }
        var caption = PlainText(image);
        return new ImageBlock(full, new PixelSize(header.Width, header.Height), Caption: caption.Length > 0 ? [new TextRun(caption, theme.Caption)] : null) { SpaceBeforePoints = 8, SpaceAfterPoints = 12 };
    }

    /// <summary>
    /// A link to a file of the project (another Markdown page, a PDF), or an image set inline, must lead to one that
    /// exists: a broken one would go to print unnoticed. Web, mail and in-document links are left alone.
    /// </summary>
    private static void CheckLocalLink(LinkInline link, Context context)
    {
        var url = link.Url ?? "";
        var at = new SourceLocation(context.Source.DisplayPath, link.Line + 1, link.Column + 1);
        if (LinkSchemes.SchemeOf(url) is { } scheme && !(scheme.Length == 1 && OperatingSystem.IsWindows()))
        {
            // Only web and mail links may be clickable in a PDF; javascript:, file:, data: and the rest are refused.
            if (!LinkSchemes.IsClickable(url) && !link.IsImage)
            {
                context.Problems.Add(at, $"link '{Shorten(url)}' uses '{scheme}:'; a document may only link to http, https or mailto addresses");
            }
            return;
        }
        if (url.Length == 0 || url.StartsWith('#'))
        {
            return;
        }
        var file = url.Split('#')[0];
        var folder = Path.GetDirectoryName(context.Source.FullPath) ?? context.Source.ProjectDirectory;
        var relative = Path.GetRelativePath(context.Source.ProjectDirectory, Path.GetFullPath(Path.Combine(folder, file)));
        var (full, problem) = ProjectPaths.Resolve(context.Source.ProjectDirectory, relative);
        var what = link.IsImage ? "image" : "link";
        if (problem is not null)
        {
            context.Problems.Add(at, $"{what} '{url}' {problem}");
        }
        else if (FileKinds.Of(full!) is var kind && kind == FileKind.Missing)
        {
            context.Problems.Add(at, $"{what} '{url}' points to a file that does not exist (looked for {relative})");
        }
        else if (kind is not (FileKind.Regular or FileKind.Directory))
        {
            context.Problems.Add(at, $"{what} '{url}' is {FileKinds.Describe(kind)}, not a regular file (only regular files are read)");
        }
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "...";

    /// <summary>The address a run links to: web, mail and in-document links only; any other (a project file) stays words.</summary>
    private static string? Clickable(string? url) =>
        url is null ? null : url.StartsWith(TextRun.InternalLinkPrefix) || LinkSchemes.IsClickable(url) ? url : null;

    private List<TextRun> Runs(ContainerInline? container, TextStyle style, Context context, string? link = null)
    {
        var runs = new List<TextRun>();
        if (container is null)
        {
            return runs;
        }
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    runs.Add(new TextRun(literal.Content.ToString(), style, link));
                    break;
                case EmphasisInline emphasis:
                    var emphasised = emphasis.DelimiterCount >= 2 ? style.WithBold() : style.WithItalic(!style.Italic);
                    runs.AddRange(Runs(emphasis, emphasised, context, link));
                    break;
                case CodeInline code:
                    runs.Add(new TextRun(code.Content, theme.Code with { SizePoints = style.SizePoints * 0.9 }, link));
                    break;
                case LinkInline { IsImage: true } image:
                    // Set in a line of text an image shows as its words, but a broken reference is still a broken page.
                    CheckLocalLink(image, context);
                    runs.Add(new TextRun(PlainText(image), style, link));
                    break;
                case LinkInline anchor:
                    CheckLocalLink(anchor, context);
                    var target = Clickable(anchor.Url);
                    runs.AddRange(Runs(anchor, target is null ? style : style with { Color = theme.Link }, context, target));
                    break;
                case AutolinkInline auto:
                    var address = Clickable(auto.IsEmail ? "mailto:" + auto.Url : auto.Url);
                    if (address is null)
                    {
                        context.Problems.Add(new SourceLocation(context.Source.DisplayPath, auto.Line + 1, auto.Column + 1),
                            $"link '{Shorten(auto.Url)}' uses '{LinkSchemes.SchemeOf(auto.Url)}:'; a document may only link to http, https or mailto addresses");
                    }
                    runs.Add(new TextRun(auto.Url, address is null ? style : style with { Color = theme.Link }, address));
                    break;
                case LineBreakInline lineBreak:
                    runs.Add(new TextRun(lineBreak.IsHard ? "\n" : " ", style, link));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new TextRun(entity.Transcoded.ToString(), style, link));
                    break;
                case ContainerInline inner:
                    runs.AddRange(Runs(inner, style, context, link));
                    break;
            }
        }
        return runs;
    }

    /// <summary>The words of some inlines without their styling (heading text, captions).</summary>
    public static string PlainText(ContainerInline? container)
    {
        if (container is null)
        {
            return "";
        }
        var parts = new List<string>();
        foreach (var inline in container)
        {
            parts.Add(inline switch
            {
                LiteralInline l => l.Content.ToString(),
                CodeInline c => c.Content,
                LineBreakInline => " ",
                HtmlEntityInline e => e.Transcoded.ToString(),
                ContainerInline c => PlainText(c),
                _ => "",
            });
        }
        return string.Concat(parts).Trim();
    }
}
