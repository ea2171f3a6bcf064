namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// Moves a beat onto the attack of the note that sounds it, to within a couple of milliseconds: the STFT's flux peak
/// moves with the background (a 2048-sample window hears an attack earlier over silence than inside a reverberant
/// mix, ±20 ms on the sample score), while the energy of the signal's first difference jumps exactly where a note
/// starts. Searched within <see cref="ReachSeconds"/> of the beat, in 128-sample frames every 32 samples; a beat with
/// no clear jump there (a pad swelling in) stays where the tracker put it.
/// </summary>
internal static class AttackRefinement
{
    public const double ReachSeconds = 0.035;
    private const int FrameSamples = 128;
    private const int HopSamples = 32;

    /// <summary>Smaller jumps than this, hop to hop, are the mix fluctuating, not a note starting.</summary>
    private const double LeastJumpDb = 4;

    public static double Refine(ReadOnlySpan<float> samples, int sampleRateHz, double beatSeconds)
    {
        // A beat at the very start or end is searched as far as the file goes.
        var from = Math.Max(1, (int)Math.Round((beatSeconds - ReachSeconds) * sampleRateHz) - FrameSamples);
        var to = Math.Min(samples.Length - FrameSamples - 1, (int)Math.Round((beatSeconds + ReachSeconds) * sampleRateHz));
        if (to - from < 2 * HopSamples)
        {
            return beatSeconds;
        }
        var frames = ((to - from) / HopSamples) + 1;
        var level = new double[frames];
        for (var k = 0; k < frames; k++)
        {
            var start = from + (k * HopSamples);
            var energy = 0.0;
            for (var i = start; i < start + FrameSamples; i++)
            {
                // The first difference tilts the spectrum up: attacks stand out, pads and bass notes held underneath do not.
                var d = samples[i] - samples[i - 1];
                energy += d * d;
            }
            level[k] = 10 * Math.Log10((energy / FrameSamples) + 1e-14);
        }
        var best = -1;
        var bestJump = LeastJumpDb;
        for (var k = 1; k < frames; k++)
        {
            var jump = level[k] - level[k - 1];
            if (jump > bestJump)
            {
                bestJump = jump;
                best = k;
            }
        }
        if (best < 0)
        {
            return beatSeconds;
        }
        // Frame k differs from frame k−1 by its last hop of samples: the attack is in there.
        var attackSample = from + (best * HopSamples) + FrameSamples - (HopSamples / 2.0);
        return attackSample / sampleRateHz;
    }
}
