using LegacyPress.Render.Audio.Synths;

namespace LegacyPress.Render.Tests.Audio.Synths;

public class ClockTickSynthTests
{
    private readonly LegacyPress.Render.Audio.StereoBuffer _sound = new ClockTickSynth().Synthesize(new SynthParameters(6.0, Seed: 11));

    [Fact]
    public void Clock_ticks_once_a_second()
    {
        var onsets = Acoustics.OnsetTimes(_sound, minGapSeconds: 0.3);

        Assert.Equal(288000, _sound.Length);
        Assert.Equal(6, onsets.Count);
        Assert.All(onsets.Zip(onsets.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, 0.97, 1.03));
    }

    [Fact]
    public void Clock_clicks_are_short_and_bright()
    {
        Assert.InRange(Acoustics.SpectralCentroidHz(_sound), 2000, 8000);

        // Between clicks the clock is silent.
        Assert.True(Acoustics.RmsDb(_sound, 0.4, 0.9) < Acoustics.RmsDb(_sound, 0.04, 0.09) - 40);
    }

    [Fact]
    public void Tick_and_tock_alternate_in_pitch()
    {
        var centroids = Enumerable.Range(0, 6)
            .Select(k => Acoustics.SpectralCentroidHz(_sound, 0.03 + k, 0.03 + k + 0.1))
            .ToArray();

        for (int k = 0; k + 1 < centroids.Length; k++)
        {
            bool tickIsHigher = k % 2 == 0;
            Assert.True(tickIsHigher ? centroids[k] > centroids[k + 1] * 1.1 : centroids[k + 1] > centroids[k] * 1.1, string.Join(", ", centroids.Select(c => c.ToString("F0"))));
        }
    }
}
