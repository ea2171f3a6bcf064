namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// Which beat of the bar comes first: of the <c>BeatsPerBar</c> ways to group the beats, the one whose first beats
/// carry the most low-frequency onset (kick, bass) and the most harmonic change (chords change at bar lines), each
/// measured against its average over all beats so neither dominates by its scale.
/// </summary>
internal static class DownbeatPhase
{
    /// <summary>The index (0 .. <paramref name="beatsPerBar"/>−1) of the first downbeat among the beats.</summary>
    public static int Choose(IReadOnlyList<double> lowStrength, IReadOnlyList<double[]> chroma, int beatsPerBar)
    {
        if (beatsPerBar <= 1 || lowStrength.Count < beatsPerBar)
        {
            return 0;
        }
        var change = HarmonicChange(chroma, beatsPerBar);
        var meanLow = Math.Max(1e-9, lowStrength.Average());
        var meanChange = Math.Max(1e-9, change.Average());
        var best = 0;
        var bestScore = double.NegativeInfinity;
        for (var phase = 0; phase < beatsPerBar; phase++)
        {
            double sum = 0;
            var count = 0;
            for (var b = phase; b < lowStrength.Count; b += beatsPerBar)
            {
                sum += (lowStrength[b] / meanLow) + (change[b] / meanChange);
                count++;
            }
            var score = count > 0 ? sum / count : double.NegativeInfinity;
            if (score > bestScore)
            {
                bestScore = score;
                best = phase;
            }
        }
        return best;
    }

    // 1 − cosine between the chroma of the bar before and the bar after each beat: 0 where the harmony holds, highest
    // where it changes exactly there.
    private static double[] HarmonicChange(IReadOnlyList<double[]> chroma, int span)
    {
        var result = new double[chroma.Count];
        for (var b = 0; b < chroma.Count; b++)
        {
            var before = Mean(chroma, b - span, b);
            var after = Mean(chroma, b, b + span);
            result[b] = before is null || after is null ? 0 : 1 - Similarity.Cosine(before, after);
        }
        return result;
    }

    private static double[]? Mean(IReadOnlyList<double[]> rows, int from, int to)
    {
        if (from < 0 || to > rows.Count)
        {
            return null;
        }
        var mean = new double[rows[from].Length];
        for (var r = from; r < to; r++)
        {
            for (var i = 0; i < mean.Length; i++)
            {
                mean[i] += rows[r][i];
            }
        }
        return mean;
    }
}
