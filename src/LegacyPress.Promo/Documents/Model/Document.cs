namespace LegacyPress.Promo.Documents.Model;

/// <summary>What a PDF says about itself (its Info dictionary): title, author, subject, keywords.</summary>
public sealed record DocumentInfo(string Title, string Author, string Subject, IReadOnlyList<string> Keywords);

/// <summary>The lines repeated on every page but bare ones: a header and a footer, each with a left and a right part.</summary>
/// <remarks>
/// The header's right part is the running head: the latest level-1 heading on or before the page. The footer's right part
/// is the page number, "n of N".
/// </remarks>
public sealed record PageChrome(string HeaderLeft, string FooterLeft, TextStyle Style, RgbColor RuleColor);

/// <summary>A document ready for layout: its metadata, paper, margins, repeated header/footer and blocks in reading order.</summary>
public sealed record Document(DocumentInfo Info, PaperSize Paper, PageMargins Margins, PageChrome Chrome, DocumentTheme Theme, IReadOnlyList<Block> Blocks)
{
    public double BodyWidthPoints => Paper.WidthPoints - Margins.LeftPoints - Margins.RightPoints;

    public double BodyHeightPoints => Paper.HeightPoints - Margins.TopPoints - Margins.BottomPoints;

    /// <summary>Every heading in reading order, nested blocks included.</summary>
    public IEnumerable<Heading> Headings() => Collect(Blocks);

    private static IEnumerable<Heading> Collect(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is Heading h)
            {
                yield return h;
            }
            else if (block is ColumnsBlock c)
            {
                foreach (var inner in Collect(c.Left).Concat(Collect(c.Right)))
                {
                    yield return inner;
                }
            }
        }
    }
}
