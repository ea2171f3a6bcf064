using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Model;

/// <summary>A sound effect at a time relative to its shot's start: from a file, synthesised by name, or generated from a description.</summary>
public sealed record SoundCue(
    double AtSeconds,
    string? Effect,
    string? FilePath,
    double? DurationSeconds,
    double Pitch,
    double Intensity,
    int Seed,
    double GainDb,
    SourceLocation Location)
{
    /// <summary>A beat or marker the cue is tied to (<c>at: { beat: 3 }</c>); null: <see cref="AtSeconds"/> into its shot.</summary>
    public MusicAnchor? Anchor { get; init; }

    /// <summary>The description ElevenLabs makes the sound from (<c>effect: { generate: ... }</c>); null for a file or a synth.</summary>
    public GeneratedSound? Generated { get; init; }
}

/// <summary>Names of the synthesised effects; the renderer's synth registry is tested to match.</summary>
public static class SoundEffectNames
{
    public static IReadOnlyList<string> Known { get; } =
    [
        "whoosh", "impact", "clock-tick", "steam-hiss", "wind",
        "shimmer", "heartbeat", "portal-hum", "gear-clank", "rumble",
    ];
}
