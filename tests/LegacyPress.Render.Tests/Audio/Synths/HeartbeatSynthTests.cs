using LegacyPress.Render.Audio.Synths;

namespace LegacyPress.Render.Tests.Audio.Synths;

public class HeartbeatSynthTests
{
    [Fact]
    public void Heartbeat_beats_at_a_resting_rate()
    {
        // 70 bpm at intensity 1: beats at 0.05 s then every 0.857 s, each needing 0.45 s: seven in six seconds.
        var sound = new HeartbeatSynth().Synthesize(new SynthParameters(6.0, Seed: 11));

        var beats = Acoustics.OnsetTimes(sound, minGapSeconds: 0.5);

        Assert.Equal(288000, sound.Length);
        Assert.Equal(7, beats.Count);
        Assert.All(beats.Zip(beats.Skip(1)), pair => Assert.InRange(60 / (pair.Second - pair.First), 60, 75));
    }

    [Fact]
    public void Heartbeat_is_a_lub_then_a_softer_dub()
    {
        var sound = new HeartbeatSynth().Synthesize(new SynthParameters(6.0, Seed: 11));

        var onsets = Acoustics.OnsetTimes(sound, minGapSeconds: 0.15);

        Assert.Equal(14, onsets.Count);
        for (int k = 0; k < onsets.Count; k += 2)
        {
            Assert.InRange(onsets[k + 1] - onsets[k], 0.25, 0.31);
            Assert.True(Acoustics.RmsDb(sound, onsets[k], onsets[k] + 0.1) > Acoustics.RmsDb(sound, onsets[k + 1], onsets[k + 1] + 0.1));
        }
    }

    [Fact]
    public void Heartbeat_is_low()
    {
        var sound = new HeartbeatSynth().Synthesize(new SynthParameters(4.0, Seed: 11));

        Assert.InRange(Acoustics.SpectralCentroidHz(sound), 30, 250);
    }

    [Fact]
    public void Calmer_heart_beats_slower()
    {
        Assert.Equal(60, HeartbeatSynth.BeatsPerMinute(0));
        Assert.Equal(70, HeartbeatSynth.BeatsPerMinute(1));
        var calm = new HeartbeatSynth().Synthesize(new SynthParameters(6.0, Intensity: 0.2, Seed: 11));

        Assert.Equal(6, Acoustics.OnsetTimes(calm, minGapSeconds: 0.5).Count);
    }
}
