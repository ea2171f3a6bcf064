namespace LegacyPress.Render.Tests.Audio.Analysis;

/// <summary>Beat-tracking F-measure (MIREX): a detected beat is a hit when within the window of an unmatched reference beat.</summary>
internal static class BeatScore
{
    public static double FMeasure(IReadOnlyList<double> reference, IReadOnlyList<double> detected, double windowSeconds = 0.07)
    {
        if (reference.Count == 0 || detected.Count == 0)
        {
            return 0;
        }
        var used = new bool[reference.Count];
        var hits = 0;
        foreach (var d in detected)
        {
            for (var i = 0; i < reference.Count; i++)
            {
                if (!used[i] && Math.Abs(reference[i] - d) <= windowSeconds)
                {
                    used[i] = true;
                    hits++;
                    break;
                }
            }
        }
        var precision = (double)hits / detected.Count;
        var recall = (double)hits / reference.Count;
        return hits == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /// <summary>Mean signed error of the detected beats within the window of a reference beat (seconds; negative: early).</summary>
    public static double MeanError(IReadOnlyList<double> reference, IReadOnlyList<double> detected, double windowSeconds = 0.07) =>
        detected.Select(d => d - reference.MinBy(r => Math.Abs(r - d))).Where(e => Math.Abs(e) <= windowSeconds).DefaultIfEmpty(double.NaN).Average();
}
