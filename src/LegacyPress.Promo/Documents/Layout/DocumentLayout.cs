using System.Globalization;
using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Documents.Layout;

/// <summary>
/// Arranges a <see cref="Document"/> on pages: measure every block, cut the flow at each page foot, then add the
/// repeated header and footer. The contents need the pages their headings land on, which are known only after layout,
/// so layout runs again with those numbers until nothing moves (twice in practice: the contents' height does not
/// depend on the numbers in it). Pure: fonts are consulted only through <see cref="ITextMeasure"/>.
/// </summary>
public sealed class DocumentLayout(ITextMeasure measure)
{
    private const int MaxPasses = 4;
    private const double ChromeGap = 22;

    public LaidOutDocument Arrange(Document document)
    {
        IReadOnlyDictionary<string, int> pages = new Dictionary<string, int>();
        LaidOutDocument laidOut = null!;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            laidOut = ArrangeOnce(document, pages);
            var found = laidOut.Headings.GroupBy(h => h.Anchor).ToDictionary(g => g.Key, g => g.First().PageNumber);
            if (pass > 0 && SameNumbers(found, pages))
            {
                break;
            }
            pages = found;
        }
        return laidOut;
    }

    private static bool SameNumbers(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    private LaidOutDocument ArrangeOnce(Document document, IReadOnlyDictionary<string, int> pageOfAnchor)
    {
        var builder = new BoxBuilder(document, measure, pageOfAnchor);
        FlowBox? rest = builder.Stack(document.Blocks, document.BodyWidthPoints);
        var bodies = new List<IReadOnlyList<PageItem>>();
        while (rest is not null)
        {
            var (placed, next) = rest.Split(document.BodyHeightPoints, mustPlace: true);
            bodies.Add(placed!.At(document.Margins.LeftPoints, document.Margins.TopPoints).ToList());
            rest = next;
        }
        var pages = new List<LaidOutPage>();
        string? runningHead = null;
        for (var i = 0; i < bodies.Count; i++)
        {
            var items = bodies[i].ToList();
            // The running head is the chapter a page opens in: the last level-1 heading before the page, else the first on it.
            var onPage = items.OfType<AnchorItem>().Where(a => a.Level == 1).ToList();
            var head = onPage.FirstOrDefault(a => a.Y <= document.Margins.TopPoints + 1)?.Title ?? runningHead ?? onPage.FirstOrDefault()?.Title;
            if (!items.OfType<BarePageMark>().Any())
            {
                items.AddRange(Chrome(document, i + 1, bodies.Count, head));
            }
            runningHead = onPage.LastOrDefault()?.Title ?? runningHead;
            pages.Add(new LaidOutPage(i + 1, items));
        }
        return new LaidOutDocument(document.Info, document.Paper, pages);
    }

    private IEnumerable<PageItem> Chrome(Document document, int number, int count, string? runningHead)
    {
        var chrome = document.Chrome;
        var style = chrome.Style;
        var left = document.Margins.LeftPoints;
        var right = document.Paper.WidthPoints - document.Margins.RightPoints;
        var headerBaseline = document.Margins.TopPoints - ChromeGap;
        var footerBaseline = document.Paper.HeightPoints - document.Margins.BottomPoints + ChromeGap + style.SizePoints;

        yield return Text(chrome.HeaderLeft, left, headerBaseline, style);
        if (runningHead is not null)
        {
            yield return RightAligned(runningHead, right, headerBaseline, style);
        }
        yield return new LineItem(left, headerBaseline + 6, right, headerBaseline + 6, chrome.RuleColor, 0.5);
        yield return new LineItem(left, footerBaseline - style.SizePoints - 6, right, footerBaseline - style.SizePoints - 6, chrome.RuleColor, 0.5);
        yield return Text(chrome.FooterLeft, left, footerBaseline, style);
        yield return RightAligned(PageNumber(number, count), right, footerBaseline, style);
    }

    /// <summary>The footer's page label.</summary>
    public static string PageNumber(int number, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{number} of {count}");

    private TextItem Text(string text, double x, double baseline, TextStyle style) =>
        new(x, baseline, text, style, measure.WidthPoints(text, style));

    private TextItem RightAligned(string text, double right, double baseline, TextStyle style)
    {
        var width = measure.WidthPoints(text, style);
        return new TextItem(right - width, baseline, text, style, width);
    }
}
