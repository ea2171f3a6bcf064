using LegacyPress.Render.Audio.Synths;

namespace LegacyPress.Render.Tests.Audio.Synths;

public class SteamHissSynthTests
{
    private readonly LegacyPress.Render.Audio.StereoBuffer _sound = new SteamHissSynth().Synthesize(new SynthParameters(2.5, Seed: 11));

    [Fact]
    public void Steam_hiss_is_high()
    {
        Assert.Equal(120000, _sound.Length);
        Assert.True(Acoustics.SpectralCentroidHz(_sound) > 3000);
    }

    [Fact]
    public void Steam_hiss_bursts_in_then_dies_away()
    {
        double burst = Acoustics.RmsDb(_sound, 0.05, 0.3);
        double held = Acoustics.RmsDb(_sound, 0.5, 1.2);
        double end = Acoustics.RmsDb(_sound, 2.35, 2.5);

        Assert.True(Math.Abs(burst - held) < 6, $"burst {burst:F1}, held {held:F1} dBFS");
        Assert.True(end < held - 15, $"held {held:F1}, end {end:F1} dBFS");
    }

    [Fact]
    public void Steam_hiss_flutters()
    {
        var levels = Acoustics.WindowRmsDb(_sound, 0.02, fromSeconds: 0.1, toSeconds: 1.3);

        Assert.True(levels.Max() - levels.Min() > 1.5, $"range {levels.Max() - levels.Min():F2} dB");
    }
}
