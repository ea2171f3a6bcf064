using LegacyPress.Render.Audio.Synths;

namespace LegacyPress.Render.Tests.Audio.Synths;

public class WindSynthTests
{
    private readonly LegacyPress.Render.Audio.StereoBuffer _sound = new WindSynth().Synthesize(new SynthParameters(8.0, Seed: 11));

    [Fact]
    public void Wind_is_sustained_with_gusts()
    {
        var levels = Acoustics.WindowRmsDb(_sound, 0.5, fromSeconds: 1.0, toSeconds: 7.0);

        Assert.Equal(384000, _sound.Length);
        Assert.True(levels.Max() - levels.Min() < 12, $"levels {string.Join(", ", levels.Select(l => l.ToString("F1")))}");
        Assert.True(levels.Max() - levels.Min() > 1, "the wind should gust, not hold a flat level");
    }

    [Fact]
    public void Wind_is_low()
    {
        Assert.InRange(Acoustics.SpectralCentroidHz(_sound), 100, 1000);
    }

    [Fact]
    public void Wind_channels_are_not_identical()
    {
        Assert.NotEqual(_sound.Left, _sound.Right);
    }
}
