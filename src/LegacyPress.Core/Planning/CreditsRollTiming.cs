using LegacyPress.Core.Model;

namespace LegacyPress.Core.Planning;

/// <summary>How long the end-credits roll lasts when the project does not say: long enough to read every line.</summary>
public static class CreditsRollTiming
{
    public const double SecondsPerLine = 0.7;
    public const double MinimumSeconds = 8;
    public const double MaximumSeconds = 90;

    /// <summary>Lines on the roll: a heading, each role and its names, and a blank between roles.</summary>
    public static int LineCount(IReadOnlyList<Credit> credits) => 2 + credits.Sum(c => 2 + c.Names.Count);

    public static double Seconds(IReadOnlyList<Credit> credits) =>
        Math.Clamp(4 + LineCount(credits) * SecondsPerLine, MinimumSeconds, MaximumSeconds);
}
