namespace LegacyPress.TestSupport.Measurement;

/// <summary>
/// Finds the cuts in a rendered video from its pictures alone (issue 18's acceptance measures cuts this way, not
/// from the plan): the mean RGB change from one frame to the next, runs of frames that change far more than the
/// film's usual frame-to-frame change (grain, camera moves) — over all three colour channels, and each run's time — a one-frame run is a hard cut at
/// its frame; a longer run is a transition, timed at the centre of its change (a symmetric transition's midpoint).
/// </summary>
public static class CutDetector
{
    /// <summary>Cut times in seconds, ascending, of <paramref name="videoPath"/> decoded at its own size.</summary>
    public static async Task<IReadOnlyList<double>> FindAsync(string videoPath, int widthPixels, int heightPixels, double framesPerSecond, CancellationToken cancellation = default)
    {
        var changes = new List<double> { 0 };
        byte[]? previous = null;
        await foreach (var frame in VideoFrames.ReadRgbAsync(videoPath, widthPixels, heightPixels, cancellation).ConfigureAwait(false))
        {
            if (previous is not null)
            {
                changes.Add(MeanAbsoluteDifference(previous, frame));
            }
            previous = (byte[])frame.Clone();
        }
        return Cuts(changes, framesPerSecond);
    }

    /// <summary>
    /// Pure: cut times from per-frame changes (<paramref name="changes"/>[k] is frame k against frame k − 1; [0] is 0).
    /// A run starts with a change over four times the median change and at least two levels above it, and takes in
    /// the frames either side that change more than one and a half times the median (and half a level).
    /// </summary>
    public static IReadOnlyList<double> Cuts(IReadOnlyList<double> changes, double framesPerSecond)
    {
        var sorted = changes.Skip(1).Order().ToList();
        if (sorted.Count == 0)
        {
            return [];
        }
        var usual = sorted[sorted.Count / 2];
        var threshold = Math.Max(4 * usual, usual + 2);
        // A run found above the threshold reaches out while frames still change clearly more than usual: a slow
        // transition's first and last frames change little, and cutting them off would move its centre.
        var reach = Math.Max(1.5 * usual, usual + 0.5);
        var cuts = new List<double>();
        var k = 1;
        while (k < changes.Count)
        {
            if (changes[k] <= threshold)
            {
                k++;
                continue;
            }
            var first = k;
            var last = k;
            while (last + 1 < changes.Count && changes[last + 1] > reach)
            {
                last++;
            }
            while (first - 1 >= 1 && changes[first - 1] > reach && (cuts.Count == 0 || (first - 1) / framesPerSecond > cuts[^1]))
            {
                first--;
            }
            if (first == last)
            {
                cuts.Add(first / framesPerSecond);
            }
            else
            {
                double weight = 0, moment = 0;
                for (var j = first; j <= last; j++)
                {
                    var w = Math.Max(0, changes[j] - usual);
                    weight += w;
                    moment += w * (j - 0.5);
                }
                cuts.Add(moment / weight / framesPerSecond);
            }
            k = last + 1;
        }
        return cuts;
    }

    // Over R, G and B: two stills of the same brightness but different colours still cut.
    private static double MeanAbsoluteDifference(byte[] a, byte[] b)
    {
        long sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += Math.Abs(a[i] - b[i]);
        }
        return (double)sum / a.Length;
    }
}
