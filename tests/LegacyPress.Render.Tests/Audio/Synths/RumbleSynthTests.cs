using LegacyPress.Render.Audio.Synths;

namespace LegacyPress.Render.Tests.Audio.Synths;

public class RumbleSynthTests
{
    private readonly LegacyPress.Render.Audio.StereoBuffer _sound = new RumbleSynth().Synthesize(new SynthParameters(6.0, Seed: 11));

    [Fact]
    public void Rumble_is_very_low()
    {
        Assert.Equal(288000, _sound.Length);
        Assert.True(Acoustics.SpectralCentroidHz(_sound) < 200);
    }

    [Fact]
    public void Rumble_swells_slowly_then_holds()
    {
        double opening = Acoustics.RmsDb(_sound, 0.0, 0.5);
        var held = Acoustics.WindowRmsDb(_sound, 0.5, fromSeconds: 2.5, toSeconds: 5.0);

        Assert.True(held.Min() > opening + 8, $"opening {opening:F1}, held from {held.Min():F1} dBFS");
        Assert.True(held.Max() - held.Min() < 6, $"held levels {string.Join(", ", held.Select(l => l.ToString("F1")))}");
    }
}
