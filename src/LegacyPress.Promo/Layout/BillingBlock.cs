using LegacyPress.Core.Model;

namespace LegacyPress.Promo.Layout;

/// <summary>A word of a billing block: a role ("MUSIC BY", set small) or a name (set large), placed on a baseline.</summary>
public sealed record BillingWord(string Text, bool IsRole, double Left, double Baseline, double Size);

/// <summary>
/// The condensed credits block at the foot of a film poster: roles in small type, names in large, run together
/// in centred lines, as large as fits the box in at most a few lines. Pure: widths come from a measure.
/// </summary>
public sealed record BillingBlock(double NameSize, IReadOnlyList<BillingWord> Words, int LineCount, PixelRect Bounds)
{
    /// <summary>Role words are this fraction of the name size.</summary>
    public const double RoleScale = 0.58;

    /// <summary>The words of the block, in billing order: each credit's role then its names.</summary>
    public static IReadOnlyList<(string Text, bool IsRole, bool StartsCredit)> Compose(IReadOnlyList<Credit> credits)
    {
        var words = new List<(string, bool, bool)>();
        foreach (var credit in credits)
        {
            var first = true;
            foreach (var word in credit.Role.TrimEnd(':').ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add((word, true, first));
                first = false;
            }
            var names = Campaign.FilmVariables.JoinNames(credit.Names).ToUpperInvariant();
            foreach (var word in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add((word, false, false));
            }
        }
        return words;
    }

    /// <summary>Sets the credits in <paramref name="box"/> at the largest name size in [min, max] that fits in <paramref name="maxLines"/>.</summary>
    public static BillingBlock Lay(IReadOnlyList<Credit> credits, PixelRect box, double minSize, double maxSize, int maxLines, double lineHeight,
        FontExtent extent, Func<string, double, double> measure)
    {
        var words = Compose(credits);
        if (words.Count == 0)
        {
            return new BillingBlock(0, [], 0, box with { Width = 0, Height = 0 });
        }
        List<List<int>>? Attempt(double size)
        {
            var lines = Wrap(words, box.Width, size, measure);
            var height = extent.AscentPerSize * size + (lines.Count - 1) * size * lineHeight + extent.DescentPerSize * size;
            return lines.Count <= maxLines && height <= box.Height ? lines : null;
        }
        var best = Attempt(maxSize);
        var chosen = maxSize;
        if (best is null)
        {
            double low = minSize, high = maxSize;
            best = Attempt(minSize);
            chosen = minSize;
            while (best is not null && high - low > maxSize * 0.005)
            {
                var middle = (low + high) / 2;
                if (Attempt(middle) is { } fits)
                {
                    (low, best, chosen) = (middle, fits, middle);
                }
                else
                {
                    high = middle;
                }
            }
            // Even the minimum does not fit: set it at the minimum anyway, in as many lines as it needs.
            best ??= Wrap(words, box.Width, minSize, measure);
        }
        return Place(words, best, box, chosen, lineHeight, extent, measure);
    }

    private static List<List<int>> Wrap(IReadOnlyList<(string Text, bool IsRole, bool StartsCredit)> words, double width, double size, Func<string, double, double> measure)
    {
        var lines = new List<List<int>> { new() };
        var x = 0.0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = measure(words[i].Text, WordSize(words[i].IsRole, size));
            var gap = lines[^1].Count == 0 ? 0 : Gap(words[i].StartsCredit, size);
            if (lines[^1].Count > 0 && x + gap + w > width)
            {
                lines.Add([]);
                x = 0;
                gap = 0;
            }
            lines[^1].Add(i);
            x += gap + w;
        }
        return lines;
    }

    private static BillingBlock Place(IReadOnlyList<(string Text, bool IsRole, bool StartsCredit)> words, List<List<int>> lines, PixelRect box, double size,
        double lineHeight, FontExtent extent, Func<string, double, double> measure)
    {
        var placed = new List<BillingWord>();
        var ascent = extent.AscentPerSize * size;
        var height = ascent + (lines.Count - 1) * size * lineHeight + extent.DescentPerSize * size;
        // Billing blocks sit at the foot of their box.
        var top = box.Bottom - height;
        var bounds = default(PixelRect);
        for (var l = 0; l < lines.Count; l++)
        {
            var widths = lines[l].Select(i => measure(words[i].Text, WordSize(words[i].IsRole, size))).ToList();
            var total = widths.Sum() + lines[l].Skip(1).Sum(i => Gap(words[i].StartsCredit, size));
            var x = box.CenterX - total / 2;
            var baseline = top + ascent + l * size * lineHeight;
            for (var k = 0; k < lines[l].Count; k++)
            {
                var word = words[lines[l][k]];
                if (k > 0)
                {
                    x += Gap(word.StartsCredit, size);
                }
                placed.Add(new BillingWord(word.Text, word.IsRole, x, baseline, WordSize(word.IsRole, size)));
                x += widths[k];
            }
            bounds = bounds.Union(new PixelRect(box.CenterX - total / 2, baseline - ascent, total, ascent + extent.DescentPerSize * size));
        }
        return new BillingBlock(size, placed, lines.Count, bounds);
    }

    private static double WordSize(bool isRole, double size) => isRole ? size * RoleScale : size;

    /// <summary>A word space, or a wider gap where a new credit starts so credits read as separate.</summary>
    private static double Gap(bool startsCredit, double size) => startsCredit ? size * 0.75 : size * 0.22;
}
