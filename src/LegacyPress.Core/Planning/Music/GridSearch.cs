namespace LegacyPress.Core.Planning.Music;

/// <summary>Binary searches over ascending grid points.</summary>
internal static class GridSearch
{
    /// <summary>The point nearest <paramref name="seconds"/> (the earlier on a tie), or null when there are none.</summary>
    public static double? Nearest(IReadOnlyList<double> points, double seconds)
    {
        if (points.Count == 0)
        {
            return null;
        }
        var after = FirstAtOrAfter(points, seconds);
        if (after == 0)
        {
            return points[0];
        }
        if (after == points.Count)
        {
            return points[^1];
        }
        return seconds - points[after - 1] <= points[after] - seconds ? points[after - 1] : points[after];
    }

    /// <summary>The points within [<paramref name="from"/>, <paramref name="to"/>], ascending.</summary>
    public static IEnumerable<double> Within(IReadOnlyList<double> points, double from, double to)
    {
        for (var i = FirstAtOrAfter(points, from); i < points.Count && points[i] <= to; i++)
        {
            yield return points[i];
        }
    }

    /// <summary>The index of the first point ≥ <paramref name="seconds"/> (Count when none is).</summary>
    public static int FirstAtOrAfter(IReadOnlyList<double> points, double seconds)
    {
        int lo = 0, hi = points.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (points[mid] < seconds)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
