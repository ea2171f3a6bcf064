using LegacyPress.Render.Audio.Synths;

namespace LegacyPress.Render.Tests.Audio.Synths;

public class GearClankSynthTests
{
    private readonly LegacyPress.Render.Audio.StereoBuffer _sound = new GearClankSynth().Synthesize(new SynthParameters(2.0, Seed: 11));

    [Fact]
    public void Gears_clank_in_a_steady_rhythm()
    {
        // A hit every 0.25 s from 0.03 s while 0.1 s of it fits: eight in two seconds.
        var onsets = Acoustics.OnsetTimes(_sound, minGapSeconds: 0.12);

        Assert.Equal(96000, _sound.Length);
        Assert.True(onsets.Count == 8, string.Join(", ", onsets.Select(t => t.ToString("F3"))));
        Assert.All(onsets.Zip(onsets.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, 0.23, 0.27));
    }

    [Fact]
    public void Gears_sound_metallic()
    {
        Assert.InRange(Acoustics.SpectralCentroidHz(_sound), 700, 5000);
    }
}
