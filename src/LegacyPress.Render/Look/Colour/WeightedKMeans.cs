namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// Lloyd's k-means on weighted Lab points with k-means++ seeding from a fixed-seed generator, so the same image always
/// gives the same clusters. Distances are squared Euclidean (ΔE76²): the weighted mean only minimises that, and with
/// CIEDE2000 the iteration would no longer be guaranteed to settle.
/// </summary>
internal static class WeightedKMeans
{
    public const int MaximumIterations = 30;

    /// <summary>
    /// At most k clusters of the points (fewer when fewer points differ), each as its centre and its summed weight;
    /// clusters left with no weight are dropped.
    /// </summary>
    public static List<PaletteEntry> Cluster(Lab[] points, double[] weights, int k, int seed)
    {
        var centres = SeedCentres(points, weights, k, new Random(seed));
        var assignment = new int[points.Length];
        Array.Fill(assignment, -1);
        var sums = new double[centres.Count, 4];
        for (var iteration = 0; iteration < MaximumIterations; iteration++)
        {
            var changed = false;
            for (var i = 0; i < points.Length; i++)
            {
                var nearest = Nearest(points[i], centres);
                changed |= nearest != assignment[i];
                assignment[i] = nearest;
            }
            Array.Clear(sums);
            for (var i = 0; i < points.Length; i++)
            {
                var (c, w) = (assignment[i], weights[i]);
                sums[c, 0] += w * points[i].L;
                sums[c, 1] += w * points[i].A;
                sums[c, 2] += w * points[i].B;
                sums[c, 3] += w;
            }
            for (var c = 0; c < centres.Count; c++)
            {
                // A centre that lost all its points stays put; it is dropped below if it never wins any back.
                if (sums[c, 3] > 0)
                {
                    centres[c] = new Lab(sums[c, 0] / sums[c, 3], sums[c, 1] / sums[c, 3], sums[c, 2] / sums[c, 3]);
                }
            }
            if (!changed)
            {
                break;
            }
        }

        var clusters = new List<PaletteEntry>();
        for (var c = 0; c < centres.Count; c++)
        {
            if (sums[c, 3] > 0)
            {
                clusters.Add(new PaletteEntry(centres[c], sums[c, 3]));
            }
        }
        return clusters;
    }

    // k-means++: the first centre drawn by weight, each next one by weight × squared distance to the nearest chosen.
    private static List<Lab> SeedCentres(Lab[] points, double[] weights, int k, Random random)
    {
        var centres = new List<Lab> { points[Draw(weights, weights.Sum(), random)] };
        var score = new double[points.Length];
        while (centres.Count < k)
        {
            var total = 0.0;
            for (var i = 0; i < points.Length; i++)
            {
                score[i] = weights[i] * SquaredDistance(points[i], centres[Nearest(points[i], centres)]);
                total += score[i];
            }
            if (total <= 0)
            {
                break; // every point already sits on a centre: there are fewer distinct colours than k
            }
            centres.Add(points[Draw(score, total, random)]);
        }
        return centres;
    }

    private static int Draw(double[] weights, double total, Random random)
    {
        var target = random.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0 && weights[i] > 0)
            {
                return i;
            }
        }
        // Rounding left the target at the very end: the last point with any weight.
        return Array.FindLastIndex(weights, w => w > 0);
    }

    private static int Nearest(Lab point, List<Lab> centres)
    {
        var best = 0;
        var bestDistance = double.PositiveInfinity;
        for (var c = 0; c < centres.Count; c++)
        {
            var distance = SquaredDistance(point, centres[c]);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (c, distance);
            }
        }
        return best;
    }

    private static double SquaredDistance(Lab x, Lab y)
    {
        var (dl, da, db) = (x.L - y.L, x.A - y.A, x.B - y.B);
        return dl * dl + da * da + db * db;
    }
}
