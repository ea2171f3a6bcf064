using LegacyPress.Render.Audio.Synths;

namespace LegacyPress.Render.Tests.Audio.Synths;

public class ShimmerSynthTests
{
    private readonly LegacyPress.Render.Audio.StereoBuffer _sound = new ShimmerSynth().Synthesize(new SynthParameters(3.0, Seed: 11));

    [Fact]
    public void Shimmer_is_in_the_chime_band()
    {
        Assert.Equal(144000, _sound.Length);
        Assert.InRange(Acoustics.SpectralCentroidHz(_sound), 1500, 8000);
    }

    [Fact]
    public void Shimmer_strikes_are_staggered()
    {
        // Later strikes land on the ring of earlier ones, so they show as new spectrum rather than a jump in level.
        var onsets = Acoustics.SpectralOnsetTimes(_sound, minGapSeconds: 0.08);

        Assert.True(onsets.Count >= 5, string.Join(", ", onsets.Select(t => t.ToString("F2"))));
        Assert.True(onsets[^1] - onsets[0] > 0.8, $"onsets span {onsets[^1] - onsets[0]:F2} s");
    }

    [Fact]
    public void Shimmer_rings_on_and_fades_out()
    {
        double ringing = Acoustics.RmsDb(_sound, 1.0, 2.0);
        double end = Acoustics.RmsDb(_sound, 2.9, 3.0);

        Assert.True(ringing > end + 15, $"ringing {ringing:F1}, end {end:F1} dBFS");
    }
}
