using LegacyPress.Render.Look;

namespace LegacyPress.Render.Tests.Look;

/// <summary>
/// Grain from noise tiles. Its pattern is not the per-pixel hash the reference draws (that was accepted when the
/// tiles replaced it), so these tests pin what must not change: seeded and deterministic, different every frame,
/// zero mean, and the same strength by luma as the reference.
/// </summary>
public sealed class FilmGrainTests
{
    [Fact]
    public void Grain_is_the_same_for_a_seed_and_frame_on_any_thread_and_differs_between_frames_and_seeds()
    {
        var look = new LookProcessor(333, 200, null, 0, 0, 0.3, 42, false);
        var other = new LookProcessor(333, 200, null, 0, 0, 0.3, 43, false);
        byte[] Graded(LookProcessor processor, int frame)
        {
            var pixels = LookFrames.Grey(333, 200, 128);
            processor.Apply(pixels, 333 * 4, frame);
            return pixels;
        }

        var inParallel = Enumerable.Range(0, 8).AsParallel().Select(i => Graded(look, 100 + i % 2)).ToList();

        Assert.All(inParallel.Where((_, i) => i % 2 == 0), p => Assert.Equal(Graded(look, 100), p));
        Assert.All(inParallel.Where((_, i) => i % 2 == 1), p => Assert.Equal(Graded(look, 101), p));
        var frames = Enumerable.Range(0, 24).Select(f => Graded(look, f)).ToList();
        for (var f = 1; f < frames.Count; f++)
        {
            Assert.NotEqual(frames[f - 1], frames[f]);
        }
        Assert.NotEqual(Graded(look, 100), Graded(other, 100));
    }

    [Fact]
    public void Grain_has_zero_mean()
    {
        const int width = 1920, height = 1080;
        var look = new LookProcessor(width, height, null, 0, 0, 0.5, 7, false);
        foreach (var frame in new[] { 0, 1, 977 })
        {
            var pixels = LookFrames.Grey(width, height, 128);
            look.Apply(pixels, width * 4, frame);
            var mean = pixels.Where((_, i) => i % 4 == 1).Average(v => v - 128.0);
            Assert.InRange(mean, -0.25, 0.25);
        }
    }

    [Theory]
    [InlineData(20)]
    [InlineData(128)]
    [InlineData(235)]
    public void Grain_on_a_flat_grey_is_as_strong_as_the_references(byte level)
    {
        const int width = 512, height = 512;
        double Spread(Action<byte[]> grade)
        {
            var pixels = LookFrames.Grey(width, height, level);
            grade(pixels);
            return StandardDeviation(pixels.Where((_, i) => i % 4 == 1).Select(v => (double)v).ToList());
        }

        var fast = Spread(p => new LookProcessor(width, height, null, 0, 0, 0.3, 5, false).Apply(p, width * 4, 3));
        var reference = Spread(p => new ReferenceLookProcessor(width, height, null, 0, 0, 0.3, 5, false).Apply(p, width * 4, 3));

        Assert.InRange(fast / reference, 0.85, 1.15);
    }

    [Fact]
    public void Grain_over_the_sample_look_is_as_strong_as_the_references_in_shadows_mid_tones_and_highlights()
    {
        const int width = 1920, height = 1080;
        var look = LookFrames.SampleLook;
        var source = LookFrames.Varied(width, height, seed: 4);
        // Grain alone: each implementation's grade with grain, less its grade without.
        (double Shadows, double Mids, double Highlights) Spreads(Func<double, Action<byte[]>> grade)
        {
            var plain = source.ToArray();
            var grained = source.ToArray();
            grade(0)(plain);
            grade(look.GrainAmount * 3)(grained);
            var bands = new List<double>[3] { [], [], [] };
            for (var p = 0; p < plain.Length; p += 4)
            {
                var luma = (0.2126 * plain[p + 2] + 0.7152 * plain[p + 1] + 0.0722 * plain[p]) / 255;
                var band = luma switch { < 0.2 => 0, > 0.4 and < 0.6 => 1, > 0.8 => 2, _ => -1 };
                if (band >= 0 && plain[p + 1] is > 8 and < 247)
                {
                    bands[band].Add(grained[p + 1] - plain[p + 1]);
                }
            }
            return (StandardDeviation(bands[0]), StandardDeviation(bands[1]), StandardDeviation(bands[2]));
        }

        var fast = Spreads(grain => p => new LookProcessor(width, height, LookFrames.SampleLut, look.LutStrength, look.VignetteAmount, grain, look.GrainSeed, false).Apply(p, width * 4, 12));
        var reference = Spreads(grain => p => new ReferenceLookProcessor(width, height, LookFrames.SampleLut, look.LutStrength, look.VignetteAmount, grain, look.GrainSeed, false).Apply(p, width * 4, 12));

        Assert.InRange(fast.Shadows / reference.Shadows, 0.85, 1.15);
        Assert.InRange(fast.Mids / reference.Mids, 0.85, 1.15);
        Assert.InRange(fast.Highlights / reference.Highlights, 0.85, 1.15);
        Assert.True(fast.Mids > 1.3 * fast.Shadows && fast.Mids > 1.3 * fast.Highlights, $"mid-tones {fast.Mids:0.00}, shadows {fast.Shadows:0.00}, highlights {fast.Highlights:0.00}");
    }

    [Theory]
    [InlineData(48f)]
    [InlineData(5.76f)]
    public void The_fixed_point_amplitude_follows_the_mid_tone_weighting_for_every_luma(float peakLevels)
    {
        var amplitude = new GrainAmplitude(peakLevels);
        for (var luma = 0; luma < 256; luma++)
        {
            var exact = peakLevels * FilmGrain.MidtoneWeight(luma / 255f) / FilmGrain.NoiseScale * FilmGrain.AmplitudeScale;
            Assert.InRange(amplitude.At(luma), exact * 0.995 - 1, exact * 1.005 + 1);
            Assert.Equal(amplitude.At(luma), amplitude.At(System.Runtime.Intrinsics.Vector256.Create(luma))[3]);
        }
    }

    private static double StandardDeviation(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
    }
}
