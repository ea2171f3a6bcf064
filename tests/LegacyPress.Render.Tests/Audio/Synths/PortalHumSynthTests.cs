using LegacyPress.Render.Audio.Synths;

namespace LegacyPress.Render.Tests.Audio.Synths;

public class PortalHumSynthTests
{
    private readonly LegacyPress.Render.Audio.StereoBuffer _sound = new PortalHumSynth().Synthesize(new SynthParameters(6.0, Seed: 11));

    [Fact]
    public void Portal_hum_is_sustained()
    {
        var levels = Acoustics.WindowRmsDb(_sound, 0.5, fromSeconds: 1.0, toSeconds: 5.0);

        Assert.Equal(288000, _sound.Length);
        Assert.True(levels.Max() - levels.Min() < 4, $"levels {string.Join(", ", levels.Select(l => l.ToString("F1")))}");
    }

    [Fact]
    public void Portal_hum_beats_slowly()
    {
        // Detuned pairs beat: the short-term level wobbles even though the drone holds.
        var levels = Acoustics.WindowRmsDb(_sound, 0.05, fromSeconds: 1.0, toSeconds: 5.0);

        Assert.True(levels.Max() - levels.Min() > 1, $"range {levels.Max() - levels.Min():F2} dB");
    }

    [Fact]
    public void Portal_hum_is_a_low_drone()
    {
        Assert.InRange(Acoustics.SpectralCentroidHz(_sound), 60, 500);
    }
}
