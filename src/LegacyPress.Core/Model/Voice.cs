namespace LegacyPress.Core.Model;

/// <summary>A narrator voice: which speech engine and its settings (voice id, speed, model…).</summary>
public sealed record Voice(string Id, string Engine, IReadOnlyDictionary<string, string> Settings);

/// <summary>The speech engines a voice may name.</summary>
public static class VoiceEngines
{
    public static IReadOnlyList<string> Known { get; } = ["espeak", "elevenlabs"];
}
