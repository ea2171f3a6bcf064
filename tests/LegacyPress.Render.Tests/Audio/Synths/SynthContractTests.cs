using LegacyPress.Render.Audio;
using LegacyPress.Render.Audio.Synths;

namespace LegacyPress.Render.Tests.Audio.Synths;

/// <summary>What every synth promises the mixer, checked on each one's real output.</summary>
public class SynthContractTests
{
    public static TheoryData<string> Names => new(SoundSynths.All.Keys.Order());

    [Theory]
    [MemberData(nameof(Names))]
    public void Synth_honours_the_duration_to_the_sample(string name)
    {
        var synth = SoundSynths.All[name];

        foreach (double seconds in new[] { 0.5, 1.2345, synth.DefaultDurationSeconds })
        {
            var sound = synth.Synthesize(new SynthParameters(seconds));
            Assert.Equal((int)Math.Round(seconds * 48000), sound.Length);
            Assert.Equal(sound.Left.Length, sound.Right.Length);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Synth_is_bit_identical_for_a_seed_and_differs_across_seeds(string name)
    {
        var synth = SoundSynths.All[name];
        var p = new SynthParameters(synth.DefaultDurationSeconds, Seed: 7);

        var first = synth.Synthesize(p);
        var again = synth.Synthesize(p);
        var other = synth.Synthesize(p with { Seed = 8 });

        Assert.Equal(first.Left, again.Left);
        Assert.Equal(first.Right, again.Right);
        Assert.NotEqual(first.Left, other.Left);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Synth_peaks_near_minus_3_dBFS_with_finite_samples(string name)
    {
        var synth = SoundSynths.All[name];

        var sound = synth.Synthesize(new SynthParameters(synth.DefaultDurationSeconds, Seed: 3));

        Assert.All(sound.Left.Concat(sound.Right), s => Assert.True(float.IsFinite(s) && Math.Abs(s) <= 1f));
        Assert.InRange(Acoustics.PeakDbfs(sound), -3.1, -2.9);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Synth_has_no_dc_offset_and_no_clicks_at_the_edges(string name)
    {
        var synth = SoundSynths.All[name];

        var sound = synth.Synthesize(new SynthParameters(synth.DefaultDurationSeconds, Seed: 5));

        Assert.InRange(sound.Left.Average(s => (double)s), -1e-3, 1e-3);
        Assert.InRange(sound.Right.Average(s => (double)s), -1e-3, 1e-3);
        Assert.Equal(0f, sound.Left[0]);
        Assert.Equal(0f, sound.Right[0]);
        Assert.InRange(Math.Abs(sound.Left[^1]), 0f, 1e-4f);
        Assert.InRange(Math.Abs(sound.Right[^1]), 0f, 1e-4f);

        // A click is a jump between neighbouring samples; the first and last milliseconds must glide.
        for (int i = 1; i < 48; i++)
        {
            Assert.InRange(Math.Abs(sound.Left[i] - sound.Left[i - 1]), 0f, 0.05f);
            Assert.InRange(Math.Abs(sound.Left[^i] - sound.Left[^(i + 1)]), 0f, 0.05f);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Lower_intensity_is_quieter(string name)
    {
        var synth = SoundSynths.All[name];

        var full = synth.Synthesize(new SynthParameters(synth.DefaultDurationSeconds, Intensity: 1.0));
        var half = synth.Synthesize(new SynthParameters(synth.DefaultDurationSeconds, Intensity: 0.5));

        Assert.InRange(Acoustics.PeakDbfs(half) - Acoustics.PeakDbfs(full), -6.5, -5.5);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Higher_pitch_raises_the_spectral_centroid(string name)
    {
        var synth = SoundSynths.All[name];

        var natural = Acoustics.SpectralCentroidHz(synth.Synthesize(new SynthParameters(synth.DefaultDurationSeconds, Pitch: 1.0)));
        var raised = Acoustics.SpectralCentroidHz(synth.Synthesize(new SynthParameters(synth.DefaultDurationSeconds, Pitch: 1.5)));

        Assert.True(raised > natural * 1.15, $"{name}: centroid {natural:F0} Hz at pitch 1, {raised:F0} Hz at pitch 1.5");
    }

    [Fact]
    public void Invalid_parameters_are_reported_together()
    {
        var error = Assert.Throws<ArgumentException>(() => new WhooshSynth().Synthesize(new SynthParameters(-1, Pitch: 0, Intensity: double.NaN)));

        Assert.Contains("DurationSeconds", error.Message);
        Assert.Contains("Pitch", error.Message);
        Assert.Contains("Intensity", error.Message);
    }
}
