using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Model;

/// <summary>
/// A sound effect made by ElevenLabs from a description (<c>effect: { generate: "...", duration: 3 }</c>): what to ask for,
/// and which of the generated takes plays. <see cref="AudioPath"/> is the chosen take's file once made (by preparation).
/// </summary>
public sealed record GeneratedSound(string Text, double DurationSeconds, double PromptInfluence, int Take, SourceLocation Location)
{
    /// <summary>The shortest and longest sound ElevenLabs' sound-generation endpoint makes.</summary>
    public const double MinDurationSeconds = 0.5;

    public const double MaxDurationSeconds = 30;

    /// <summary>The highest take number a film may pick: each take is a billed generation.</summary>
    public const int MaxTake = 20;

    /// <summary>The chosen take on disk, filled in by preparation; null until it is made or found in the cache.</summary>
    public string? AudioPath { get; init; }
}
