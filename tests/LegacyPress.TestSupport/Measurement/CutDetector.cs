namespace LegacyPress.TestSupport.Measurement;

/// <summary>
/// Finds the cuts in a rendered video from its pictures alone (issue 18's acceptance measures cuts this way, not
/// from the plan): the mean luma change from one frame to the next, runs of frames that change far more than the
/// film's usual frame-to-frame change (grain, camera moves), and each run's time — a one-frame run is a hard cut at
/// its frame; a longer run is a transition, timed at the centre of its change (a symmetric transition's midpoint).
/// </summary>
public static class CutDetector
{
    /// <summary>Cut times in seconds, ascending, of <paramref name="videoPath"/> decoded at its own size.</summary>
    public static async Task<IReadOnlyList<double>> FindAsync(string videoPath, int widthPixels, int heightPixels, double framesPerSecond, CancellationToken cancellation = default)
    {
        var changes = new List<double> { 0 };
        GrayImage? previous = null;
        await foreach (var frame in VideoFrames.ReadLumaAsync(videoPath, widthPixels, heightPixels, cancellation: cancellation).ConfigureAwait(false))
        {
            if (previous is not null)
            {
                changes.Add(MeanAbsoluteDifference(previous, frame));
            }
            previous = frame;
        }
        return Cuts(changes, framesPerSecond);
    }

    /// <summary>
    /// Pure: cut times from per-frame changes (<paramref name="changes"/>[k] is frame k against frame k − 1; [0] is 0).
    /// A change counts when it is over four times the median change and at least two luma levels above it.
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
        var cuts = new List<double>();
        var k = 1;
        while (k < changes.Count)
        {
            if (changes[k] <= threshold)
            {
                k++;
                continue;
            }
            // A run, bridging a single quiet frame (a transition's slow middle).
            var first = k;
            var last = k;
            while (last + 1 < changes.Count && (changes[last + 1] > threshold || (last + 2 < changes.Count && changes[last + 2] > threshold && changes[last + 1] > usual)))
            {
                last++;
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

    private static double MeanAbsoluteDifference(GrayImage a, GrayImage b)
    {
        double sum = 0;
        for (var i = 0; i < a.Values.Length; i++)
        {
            sum += Math.Abs(a.Values[i] - b.Values[i]);
        }
        return sum / a.Values.Length;
    }
}
