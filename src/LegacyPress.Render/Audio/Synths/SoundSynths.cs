using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace LegacyPress.Render.Audio.Synths;

/// <summary>The one table of sound-effect synths, looked up by the name a film's audio cue uses.</summary>
public static class SoundSynths
{
    public static IReadOnlyDictionary<string, ISoundSynth> All { get; } = new ISoundSynth[]
    {
        new WhooshSynth(),
        new ImpactSynth(),
        new ClockTickSynth(),
        new SteamHissSynth(),
        new WindSynth(),
        new ShimmerSynth(),
        new HeartbeatSynth(),
        new PortalHumSynth(),
        new GearClankSynth(),
        new RumbleSynth(),
    }.ToFrozenDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string name, [MaybeNullWhen(false)] out ISoundSynth s) => All.TryGetValue(name, out s);
}
