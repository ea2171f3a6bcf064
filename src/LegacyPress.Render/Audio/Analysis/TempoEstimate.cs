namespace LegacyPress.Render.Audio.Analysis;

/// <summary>The beat period the autocorrelation found, in frames (fractional), and how clearly the envelope repeats at it (0..1).</summary>
internal sealed record TempoEstimate(double PeriodFrames, double Periodicity)
{
    public double TempoBpm(double framesPerSecond) => 60 * framesPerSecond / PeriodFrames;
}
