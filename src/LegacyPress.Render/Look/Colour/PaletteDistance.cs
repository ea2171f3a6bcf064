namespace LegacyPress.Render.Look.Colour;

/// <summary>How far apart two palettes are as wholes, in ΔE00.</summary>
public static class PaletteDistance
{
    // Flows and capacities below this are rounding left-overs of the weights (which sum to 1), not real mass.
    private const double Negligible = 1e-12;

    /// <summary>
    /// The exact Earth Mover's distance: the least total ΔE00 × weight of moving palette a's weights onto palette b's,
    /// i.e. the optimum of the transportation problem with CIEDE2000 as the ground distance.
    /// </summary>
    /// <remarks>
    /// No package the solution keeps (Directory.Packages.props) solves transportation problems, and palettes have at
    /// most six colours, so this is min-cost flow by successive shortest paths, written out: source → a's colours
    /// (capacity = weight) → b's colours (unbounded, cost ΔE00) → sink (capacity = weight), augmenting along the
    /// cheapest residual path (Bellman-Ford, because undoing flow has negative cost) until all weight has moved. Each
    /// augmentation saturates an edge, so it ends after a few dozen at most, with real-valued weights and no scaling.
    /// </remarks>
    public static double EarthMovers(Palette a, Palette b)
    {
        int m = a.Entries.Count, n = b.Entries.Count;
        var nodes = m + n + 2;
        int source = 0, sink = nodes - 1;
        var capacity = new double[nodes, nodes];
        var cost = new double[nodes, nodes];
        for (var i = 0; i < m; i++)
        {
            capacity[source, 1 + i] = a.Entries[i].Weight;
            for (var j = 0; j < n; j++)
            {
                var distance = Ciede2000.Delta(a.Entries[i].Colour, b.Entries[j].Colour);
                capacity[1 + i, 1 + m + j] = double.PositiveInfinity;
                cost[1 + i, 1 + m + j] = distance;
                cost[1 + m + j, 1 + i] = -distance;
            }
        }
        for (var j = 0; j < n; j++)
        {
            capacity[1 + m + j, sink] = b.Entries[j].Weight;
        }

        var moved = 0.0;
        var totalCost = 0.0;
        var distanceTo = new double[nodes];
        var previous = new int[nodes];
        for (var augmentation = 0; augmentation < 4 * nodes * nodes; augmentation++)
        {
            if (!CheapestPath(capacity, cost, source, sink, distanceTo, previous))
            {
                break;
            }
            var amount = double.PositiveInfinity;
            for (var v = sink; v != source; v = previous[v])
            {
                amount = Math.Min(amount, capacity[previous[v], v]);
            }
            for (var v = sink; v != source; v = previous[v])
            {
                capacity[previous[v], v] -= amount;
                capacity[v, previous[v]] += amount;
            }
            moved += amount;
            totalCost += amount * distanceTo[sink];
        }
        // Both palettes' weights sum to 1, so `moved` is 1 up to rounding; dividing keeps the answer a mean ΔE00.
        return moved > 0 ? totalCost / moved : 0;
    }

    // Bellman-Ford over edges with residual capacity; false when the sink can no longer be reached.
    private static bool CheapestPath(double[,] capacity, double[,] cost, int source, int sink, double[] distanceTo, int[] previous)
    {
        var nodes = distanceTo.Length;
        Array.Fill(distanceTo, double.PositiveInfinity);
        Array.Fill(previous, -1);
        distanceTo[source] = 0;
        for (var round = 0; round < nodes - 1; round++)
        {
            var relaxed = false;
            for (var u = 0; u < nodes; u++)
            {
                if (double.IsPositiveInfinity(distanceTo[u]))
                {
                    continue;
                }
                for (var v = 0; v < nodes; v++)
                {
                    // The tiny margin stops rounding in the costs from relaxing around a zero-cost cycle forever.
                    if (capacity[u, v] > Negligible && distanceTo[u] + cost[u, v] < distanceTo[v] - 1e-12)
                    {
                        distanceTo[v] = distanceTo[u] + cost[u, v];
                        previous[v] = u;
                        relaxed = true;
                    }
                }
            }
            if (!relaxed)
            {
                break;
            }
        }
        return previous[sink] >= 0;
    }
}
