namespace LegacyPress.Render.Audio.Synths;

/// <summary>Parameters every synth accepts: Pitch multiplies frequencies (1 = natural), Intensity 0..1+ scales level and brightness.</summary>
public sealed record SynthParameters(double DurationSeconds, double Pitch = 1.0, double Intensity = 1.0, int Seed = 1)
{
    /// <summary>Exactly round(DurationSeconds × 48000).</summary>
    public int SampleCount => StereoBuffer.SampleCountFor(DurationSeconds);

    /// <summary>Intensity limited to the range the synths are voiced for: above 2 nothing gets brighter.</summary>
    public double Drive => Math.Clamp(Intensity, 0, 2);

    /// <summary>Every problem with these parameters, empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!double.IsFinite(DurationSeconds) || DurationSeconds <= 0 || DurationSeconds > 3600)
        {
            problems.Add($"DurationSeconds must be between 0 and 3600 seconds, not {DurationSeconds}.");
        }

        if (!double.IsFinite(Pitch) || Pitch < 0.125 || Pitch > 8)
        {
            problems.Add($"Pitch must be a multiplier between 0.125 and 8, not {Pitch}.");
        }

        if (!double.IsFinite(Intensity) || Intensity < 0)
        {
            problems.Add($"Intensity must be zero or more, not {Intensity}.");
        }

        return problems;
    }
}
