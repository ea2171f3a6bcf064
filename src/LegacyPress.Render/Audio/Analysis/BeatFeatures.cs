namespace LegacyPress.Render.Audio.Analysis;

/// <summary>Frame features gathered beat by beat: what the downbeat and section searches compare.</summary>
internal static class BeatFeatures
{
    /// <summary>The strongest value of <paramref name="onset"/> within two frames of each beat.</summary>
    public static double[] StrengthAt(ReadOnlySpan<double> onset, IReadOnlyList<double> beatFrames)
    {
        var result = new double[beatFrames.Count];
        for (var b = 0; b < beatFrames.Count; b++)
        {
            var centre = (int)Math.Round(beatFrames[b]);
            var best = 0.0;
            for (var t = Math.Max(0, centre - 2); t <= Math.Min(onset.Length - 1, centre + 2); t++)
            {
                best = Math.Max(best, onset[t]);
            }
            result[b] = best;
        }
        return result;
    }

    /// <summary>Chroma averaged over each beat (from it to the next), scaled to unit length; zero where there is nothing.</summary>
    public static double[][] Chroma(SpectralFeatures features, IReadOnlyList<double> beatFrames) =>
        Average(beatFrames, features.FrameCount, SpectralFeatures.ChromaBins, (frame, sum) =>
        {
            var c = features.ChromaAt(frame);
            for (var i = 0; i < c.Length; i++)
            {
                sum[i] += c[i];
            }
        }, unitLength: true);

    /// <summary>Log-mel bands averaged over each beat: the timbre.</summary>
    public static double[][] Timbre(SpectralFeatures features, IReadOnlyList<double> beatFrames) =>
        Average(beatFrames, features.FrameCount, features.MelBands, (frame, sum) =>
        {
            var m = features.MelDbAt(frame);
            for (var i = 0; i < m.Length; i++)
            {
                sum[i] += m[i];
            }
        }, unitLength: false);

    private static double[][] Average(IReadOnlyList<double> beatFrames, int frameCount, int width, Action<int, double[]> add, bool unitLength)
    {
        var result = new double[beatFrames.Count][];
        for (var b = 0; b < beatFrames.Count; b++)
        {
            var from = Math.Clamp((int)Math.Round(beatFrames[b]), 0, frameCount - 1);
            var to = b + 1 < beatFrames.Count ? Math.Clamp((int)Math.Round(beatFrames[b + 1]), from + 1, frameCount) : Math.Min(frameCount, from + 1);
            var sum = new double[width];
            for (var t = from; t < to; t++)
            {
                add(t, sum);
            }
            var scale = 1.0 / Math.Max(1, to - from);
            if (unitLength)
            {
                var length = Math.Sqrt(sum.Sum(v => v * v));
                scale = length > 0 ? 1 / length : 0;
            }
            for (var i = 0; i < width; i++)
            {
                sum[i] *= scale;
            }
            result[b] = sum;
        }
        return result;
    }
}
