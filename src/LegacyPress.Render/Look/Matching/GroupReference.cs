using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Look.Matching;

/// <summary>The shot a look group is measured (and matched) against when film.yaml names none.</summary>
public static class GroupReference
{
    /// <summary>
    /// The medoid: the member whose mean colour is closest (summed CIEDE2000) to every other member's, so the group is
    /// pulled towards its typical look rather than towards an outlier. Ties go to the earlier shot.
    /// </summary>
    public static int MedoidOf(IReadOnlyList<LookStatistics> members)
    {
        ArgumentOutOfRangeException.ThrowIfZero(members.Count);
        var best = 0;
        var bestSum = double.PositiveInfinity;
        for (var i = 0; i < members.Count; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < members.Count; j++)
            {
                sum += i == j ? 0 : Ciede2000.Delta(members[i].Mean, members[j].Mean);
            }
            if (sum < bestSum)
            {
                (best, bestSum) = (i, sum);
            }
        }
        return best;
    }
}
