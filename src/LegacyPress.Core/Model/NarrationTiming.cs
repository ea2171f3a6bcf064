namespace LegacyPress.Core.Model;

/// <summary>
/// How <c>duration: auto</c> shots are fitted to their voice: silence before and after the line, the
/// length of a shot with nothing to say, and the speaking rate used before speech has been measured.
/// </summary>
public sealed record NarrationTiming(double LeadInSeconds, double TailSeconds, double SilentShotSeconds, double EstimatedWordsPerSecond);
