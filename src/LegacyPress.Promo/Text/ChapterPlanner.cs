using LegacyPress.Core.Planning;

namespace LegacyPress.Promo.Text;

/// <summary>
/// Chapters for a video description, from the planned timeline: one per act (and the end credits), meeting
/// YouTube's rules so the player shows them — the first at 0:00, at least three, each at least ten seconds.
/// Pure: the same timeline always gives the same chapters.
/// </summary>
public static class ChapterPlanner
{
    public const int MinimumCount = 3;
    public const int MinimumSeconds = 10;

    /// <summary>The chapters, or an empty list when the film cannot have three chapters of ten seconds (YouTube would ignore them).</summary>
    public static IReadOnlyList<Chapter> Plan(Timeline timeline)
    {
        var runtime = (int)Math.Floor(timeline.RuntimeSeconds);
        var chapters = Candidates(timeline).ToList();
        if (chapters.Count == 0)
        {
            return [];
        }
        // Whatever comes first starts the video: a short opening title belongs to the first act.
        chapters[0] = chapters[0] with { StartSeconds = 0 };
        MergeShortChapters(chapters, runtime);
        return chapters.Count >= MinimumCount ? chapters : [];
    }

    /// <summary>Where each act begins (its act card if it has one, else its first shot) and where the credits roll.</summary>
    private static IEnumerable<Chapter> Candidates(Timeline timeline)
    {
        var seenActs = new HashSet<int>();
        var pendingActCard = (Segment?)null;
        foreach (var segment in timeline.Segments)
        {
            switch (segment)
            {
                case CardSegment { Card: Card.ActTitle }:
                    pendingActCard = segment;
                    break;
                case ShotSegment shot when seenActs.Add(shot.Act.Number):
                    var start = pendingActCard?.StartFrame ?? shot.StartFrame;
                    pendingActCard = null;
                    yield return new Chapter(WholeSeconds(timeline, start), ActTitle(shot.Act.Number, shot.Act.Title));
                    break;
                case CardSegment { Card: Card.CreditsRoll }:
                    yield return new Chapter(WholeSeconds(timeline, segment.StartFrame), "End credits");
                    break;
            }
        }
    }

    /// <summary>
    /// A chapter shorter than the minimum gives its time to its neighbour: to the one before it, or (for the
    /// first) the next one starts at 0:00 instead. Repeats until every chapter is long enough.
    /// </summary>
    private static void MergeShortChapters(List<Chapter> chapters, int runtimeSeconds)
    {
        for (var i = 0; i < chapters.Count;)
        {
            var end = i + 1 < chapters.Count ? chapters[i + 1].StartSeconds : runtimeSeconds;
            if (end - chapters[i].StartSeconds >= MinimumSeconds || chapters.Count == 1)
            {
                i++;
                continue;
            }
            if (i == 0)
            {
                chapters.RemoveAt(0);
                chapters[0] = chapters[0] with { StartSeconds = 0 };
            }
            else
            {
                chapters.RemoveAt(i);
                i = Math.Max(0, i - 1);
            }
        }
    }

    private static int WholeSeconds(Timeline timeline, int frame) => (int)Math.Floor(timeline.Seconds(frame) + 1e-9);

    private static string ActTitle(int number, string title) => $"Act {Roman(number)}: {title}";

    internal static string Roman(int number)
    {
        if (number is <= 0 or >= 40)
        {
            return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var tens = new[] { "", "X", "XX", "XXX" };
        var ones = new[] { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };
        return tens[number / 10] + ones[number % 10];
    }
}
