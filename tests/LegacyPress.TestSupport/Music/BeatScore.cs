namespace LegacyPress.TestSupport.Music;

/// <summary>How well found beats match the true ones: the usual F-measure (MIREX), each true beat matched at most once within a tolerance.</summary>
public static class BeatScore
{
    public const double ToleranceSeconds = 0.07;

    public static double FMeasure(IReadOnlyList<double> truth, IReadOnlyList<double> found, double toleranceSeconds = ToleranceSeconds)
    {
        if (truth.Count == 0 || found.Count == 0)
        {
            return 0;
        }
        var used = new bool[truth.Count];
        var hits = 0;
        foreach (var f in found)
        {
            var best = -1;
            for (var i = 0; i < truth.Count; i++)
            {
                if (!used[i] && Math.Abs(truth[i] - f) <= toleranceSeconds && (best < 0 || Math.Abs(truth[i] - f) < Math.Abs(truth[best] - f)))
                {
                    best = i;
                }
            }
            if (best >= 0)
            {
                used[best] = true;
                hits++;
            }
        }
        var precision = (double)hits / found.Count;
        var recall = (double)hits / truth.Count;
        return hits == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /// <summary>Signed offsets (found − true) of each found beat from its nearest true beat within the tolerance: the timing error.</summary>
    public static IReadOnlyList<double> Offsets(IReadOnlyList<double> truth, IReadOnlyList<double> found, double toleranceSeconds = ToleranceSeconds) =>
        [.. found.Select(f => truth.MinBy(t => Math.Abs(t - f)) - f).Where(d => Math.Abs(d) <= toleranceSeconds).Select(d => -d)];
}
