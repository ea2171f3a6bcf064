namespace LegacyPress.Render.Audio.Analysis;

/// <summary>Cosine similarity of feature vectors; 0 when either is all zeros (silence is like nothing).</summary>
internal static class Similarity
{
    public static double Cosine(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double dot = 0, aa = 0, bb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa > 0 && bb > 0 ? dot / Math.Sqrt(aa * bb) : 0;
    }
}
