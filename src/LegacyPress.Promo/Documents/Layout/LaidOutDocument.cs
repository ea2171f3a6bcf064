using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Documents.Layout;

/// <summary>A document arranged on pages: what the renderer draws, in page coordinates (points, top-left origin).</summary>
public sealed record LaidOutDocument(DocumentInfo Info, PaperSize Paper, IReadOnlyList<LaidOutPage> Pages)
{
    /// <summary>Every heading anchor with the 1-based page it landed on, in reading order: the outline and the contents.</summary>
    public IReadOnlyList<PlacedHeading> Headings =>
        Pages.SelectMany(p => p.Items.OfType<AnchorItem>().Select(a => new PlacedHeading(a.Anchor, a.Title, a.Level, a.InContents, p.Number, a.Y))).ToList();
}

/// <summary>One page: its 1-based number and everything on it.</summary>
public sealed record LaidOutPage(int Number, IReadOnlyList<PageItem> Items)
{
    public bool IsBare => Items.OfType<BarePageMark>().Any();

    public IEnumerable<TextItem> Texts => Items.OfType<TextItem>();
}

/// <summary>Where a heading landed: its page (1-based) and the y of its top, in points.</summary>
public sealed record PlacedHeading(string Anchor, string Title, int Level, bool InContents, int PageNumber, double Y);
