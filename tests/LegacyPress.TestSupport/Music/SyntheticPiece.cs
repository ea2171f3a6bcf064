namespace LegacyPress.TestSupport.Music;

/// <summary>Generated music with the beats it was built on: what beat tracking is scored against.</summary>
public sealed record SyntheticPiece(string Name, float[] Samples, int SampleRateHz, double TempoBpm, IReadOnlyList<double> BeatSeconds, IReadOnlyList<double> DownbeatSeconds)
{
    public double DurationSeconds => (double)Samples.Length / SampleRateHz;
}
