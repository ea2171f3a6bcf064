using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Model;

/// <summary>A narrator voice: which speech engine and its settings (voice id, speed, model…).</summary>
public sealed record Voice(string Id, string Engine, IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>Where film.yaml defines the voice; null for the built-in narrator.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Where each setting's value is written, so an engine's complaint about one is reported at it.</summary>
    public IReadOnlyDictionary<string, SourceLocation> SettingMarks { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>Where a problem with <paramref name="setting"/> (or with the voice as a whole, for null) is shown.</summary>
    public SourceLocation? LocationOf(string? setting) =>
        setting is not null && SettingMarks.TryGetValue(setting, out var at) ? at : Location;
}

/// <summary>The speech engines a voice may name.</summary>
public static class VoiceEngines
{
    public static IReadOnlyList<string> Known { get; } = ["espeak", "elevenlabs"];
}
