using LegacyPress.Render.Audio.Synths;

namespace LegacyPress.Render.Tests.Audio.Synths;

public class WhooshSynthTests
{
    private readonly LegacyPress.Render.Audio.StereoBuffer _sound = new WhooshSynth().Synthesize(new SynthParameters(1.5, Seed: 11));

    [Fact]
    public void Whoosh_rises_then_falls()
    {
        double start = Acoustics.RmsDb(_sound, 0.0, 0.15);
        double middle = Acoustics.RmsDb(_sound, 0.6, 1.0);
        double end = Acoustics.RmsDb(_sound, 1.35, 1.5);

        Assert.Equal(72000, _sound.Length);
        Assert.True(middle > start + 10 && middle > end + 10, $"start {start:F1}, middle {middle:F1}, end {end:F1} dBFS");
        Assert.InRange(Acoustics.PeakTimeSeconds(_sound), 0.45, 1.1);
    }

    [Fact]
    public void Whoosh_is_mid_band()
    {
        Assert.InRange(Acoustics.SpectralCentroidHz(_sound), 500, 3000);
    }

    [Fact]
    public void Whoosh_sweeps_from_left_to_right()
    {
        double earlyLeft = Acoustics.ChannelEnergy(_sound.Left, 0.2, 0.6);
        double earlyRight = Acoustics.ChannelEnergy(_sound.Right, 0.2, 0.6);
        double lateLeft = Acoustics.ChannelEnergy(_sound.Left, 1.0, 1.4);
        double lateRight = Acoustics.ChannelEnergy(_sound.Right, 1.0, 1.4);

        Assert.True(earlyLeft > 2 * earlyRight, $"early L/R {earlyLeft / earlyRight:F2}");
        Assert.True(lateRight > 2 * lateLeft, $"late R/L {lateRight / lateLeft:F2}");
    }

    [Fact]
    public void Whoosh_brightens_as_it_rises()
    {
        double early = Acoustics.SpectralCentroidHz(_sound, 0.0, 0.3);
        double peak = Acoustics.SpectralCentroidHz(_sound, 0.7, 0.95);

        Assert.True(peak > early * 1.5, $"early {early:F0} Hz, peak {peak:F0} Hz");
    }
}
