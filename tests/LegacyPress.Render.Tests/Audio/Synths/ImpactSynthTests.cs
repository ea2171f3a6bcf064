using LegacyPress.Render.Audio.Synths;

namespace LegacyPress.Render.Tests.Audio.Synths;

public class ImpactSynthTests
{
    private readonly LegacyPress.Render.Audio.StereoBuffer _sound = new ImpactSynth().Synthesize(new SynthParameters(1.5, Seed: 11));

    [Fact]
    public void Impact_peaks_early_and_decays()
    {
        double peakWindow = Acoustics.RmsDb(_sound, 0.0, 0.05);
        double tail = Acoustics.RmsDb(_sound, 1.4, 1.5);

        Assert.Equal(72000, _sound.Length);
        Assert.InRange(Acoustics.PeakTimeSeconds(_sound), 0.0, 0.05);
        Assert.True(tail < peakWindow - 20, $"peak window {peakWindow:F1}, tail {tail:F1} dBFS");
    }

    [Fact]
    public void Impact_decays_steadily_after_the_hit()
    {
        var levels = Acoustics.WindowRmsDb(_sound, 0.1, fromSeconds: 0.05, toSeconds: 1.45);

        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second < pair.First + 1, $"{pair.First:F1} then {pair.Second:F1} dB"));
    }

    [Fact]
    public void Impact_is_a_low_thump()
    {
        Assert.InRange(Acoustics.SpectralCentroidHz(_sound), 40, 600);
    }

    [Fact]
    public void Impact_keeps_its_tail_inside_a_short_duration()
    {
        var shortHit = new ImpactSynth().Synthesize(new SynthParameters(0.4));

        Assert.True(Acoustics.RmsDb(shortHit, 0.35, 0.4) < Acoustics.RmsDb(shortHit, 0, 0.05) - 20);
    }
}
