using LegacyPress.Render.Audio.Synths;

namespace LegacyPress.Render.Tests.Audio.Synths;

public class SoundSynthsTests
{
    [Fact]
    public void Registry_holds_all_ten_synths_under_their_own_names()
    {
        string[] expected = ["clock-tick", "gear-clank", "heartbeat", "impact", "portal-hum", "rumble", "shimmer", "steam-hiss", "whoosh", "wind"];

        Assert.Equal(expected, SoundSynths.All.Keys.Order(StringComparer.Ordinal));
        Assert.All(SoundSynths.All, entry => Assert.Equal(entry.Key, entry.Value.Name));
        Assert.All(SoundSynths.All.Values, synth => Assert.InRange(synth.DefaultDurationSeconds, 0.5, 10));
    }

    [Fact]
    public void Lookup_ignores_case_and_reports_unknown_names()
    {
        Assert.True(SoundSynths.TryGet("Steam-Hiss", out var synth));
        Assert.IsType<SteamHissSynth>(synth);
        Assert.False(SoundSynths.TryGet("kazoo", out _));
    }
}
