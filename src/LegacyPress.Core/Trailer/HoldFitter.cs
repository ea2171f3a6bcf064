namespace LegacyPress.Core.Trailer;

/// <summary>
/// Shares an exact number of frames among holds in proportion to the holds wanted, within [min, max]:
/// the trailer must land on its length to the frame, so rounding is settled here and nowhere else.
/// </summary>
public static class HoldFitter
{
    /// <returns>Frames per hold summing to exactly <paramref name="totalFrames"/>; <c>Relaxed</c> when the holds had to go past the maximum.</returns>
    public static (int[] Frames, bool Relaxed) Fit(IReadOnlyList<double> wantedFrames, int totalFrames, double minFrames, double maxFrames)
    {
        var n = wantedFrames.Count;
        if (n == 0)
        {
            return ([], false);
        }
        if (totalFrames < n)
        {
            throw new ArgumentOutOfRangeException(nameof(totalFrames), totalFrames, $"{n} holds need at least {n} frames");
        }
        // Too few holds to fill the time even at the maximum: lift the ceiling rather than miss the length.
        var relaxed = n * maxFrames < totalFrames;
        if (relaxed)
        {
            maxFrames = double.MaxValue;
        }
        minFrames = Math.Min(minFrames, (double)totalFrames / n);

        var values = new double[n];
        var clamped = new bool[n];
        for (var round = 0; round <= n; round++)
        {
            var fixedSum = 0.0;
            var freeWanted = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (clamped[i])
                {
                    fixedSum += values[i];
                }
                else
                {
                    freeWanted += wantedFrames[i];
                }
            }
            var scale = freeWanted > 0 ? (totalFrames - fixedSum) / freeWanted : 0;
            var changed = false;
            for (var i = 0; i < n; i++)
            {
                if (clamped[i])
                {
                    continue;
                }
                values[i] = wantedFrames[i] * scale;
                if (values[i] < minFrames || values[i] > maxFrames)
                {
                    values[i] = Math.Clamp(values[i], minFrames, maxFrames);
                    clamped[i] = true;
                    changed = true;
                }
            }
            if (!changed)
            {
                break;
            }
        }
        return (Round(values, totalFrames), relaxed);
    }

    /// <summary>Largest-remainder rounding: floors, then the frames left over go to the biggest fractions (earliest first on ties).</summary>
    private static int[] Round(double[] values, int total)
    {
        var frames = values.Select(v => Math.Max(1, (int)Math.Floor(v))).ToArray();
        var left = total - frames.Sum();
        var order = Enumerable.Range(0, values.Length)
            .OrderByDescending(i => values[i] - Math.Floor(values[i]))
            .ThenBy(i => i)
            .ToList();
        for (var k = 0; left != 0; k = (k + 1) % order.Count)
        {
            var i = order[k];
            if (left > 0)
            {
                frames[i]++;
                left--;
            }
            else if (frames[i] > 1)
            {
                frames[i]--;
                left++;
            }
        }
        return frames;
    }
}
