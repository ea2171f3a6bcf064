namespace LegacyPress.Core.Captions;

/// <summary>One caption on screen: up to two lines of text between two times.</summary>
public sealed record CaptionCue(int Number, double StartSeconds, double EndSeconds, IReadOnlyList<string> Lines)
{
    public double DurationSeconds => EndSeconds - StartSeconds;
}
