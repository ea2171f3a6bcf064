using LegacyPress.Render.Look;

namespace LegacyPress.Render.Tests.Look;

/// <summary>
/// The fast look (baked LUT table, integer vignette, one fused pass) against the float per-pixel reference: at most
/// one code value apart on every channel of every pixel. 1920 wide runs whole 8-pixel blocks; 997 also runs the
/// scalar tail of each row.
/// </summary>
public sealed class LookMatchesReferenceTests
{
    // Not linear (so tetrahedral interpolation matters), mixing channels, reaching both ends of the range.
    private static readonly CubeLut StrongGrade = CubeLut.FromFunction("strong", 17, (r, g, b) =>
        (MathF.Pow(r, 0.6f), g * g, Math.Clamp(0.7f * b + 0.5f * r - 0.1f, 0, 1)));

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(997, 541)]
    public void The_sample_films_lut_alone_matches_the_reference(int width, int height) =>
        AssertMatchesReference(width, height, LookFrames.SampleLut, LookFrames.SampleLook.LutStrength, vignetteAmount: 0);

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.35)]
    public void A_strong_lut_at_any_strength_matches_the_reference(double strength) =>
        AssertMatchesReference(640, 360, StrongGrade, strength, vignetteAmount: 0);

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(997, 541)]
    public void The_vignette_alone_matches_the_reference(int width, int height) =>
        AssertMatchesReference(width, height, null, 0, vignetteAmount: 0.8);

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(997, 541)]
    public void The_sample_films_lut_and_vignette_together_match_the_reference(int width, int height) =>
        AssertMatchesReference(width, height, LookFrames.SampleLut, LookFrames.SampleLook.LutStrength, LookFrames.SampleLook.VignetteAmount);

    [Fact]
    public void Letterboxed_frames_match_the_reference_and_their_bars_are_black()
    {
        const int width = 1280, height = 720;
        var bar = Letterbox.BarHeightPixels(width, height);
        var graded = AssertMatchesReference(width, height, StrongGrade, 1, 0.5, letterbox: true);

        foreach (var y in new[] { 0, bar - 1, height - bar, height - 1 })
        {
            var row = graded.AsSpan(y * width * 4, width * 4).ToArray();
            Assert.All(row.Where((_, i) => i % 4 != 3), v => Assert.Equal(0, v));
            Assert.All(row.Where((_, i) => i % 4 == 3), v => Assert.Equal(255, v));
        }
    }

    private static byte[] AssertMatchesReference(int width, int height, CubeLut? lut, double strength, double vignetteAmount, bool letterbox = false)
    {
        var fast = LookFrames.Varied(width, height, seed: 11);
        var reference = fast.ToArray();

        new LookProcessor(width, height, lut, strength, vignetteAmount, 0, 1, letterbox).Apply(fast, width * 4, 0);
        new ReferenceLookProcessor(width, height, lut, strength, vignetteAmount, 0, 1, letterbox).Apply(reference, width * 4, 0);

        var worst = 0;
        var worstAt = -1;
        var off = 0;
        for (var i = 0; i < fast.Length; i++)
        {
            var difference = Math.Abs(fast[i] - reference[i]);
            off += difference > 0 ? 1 : 0;
            if (difference > worst)
            {
                (worst, worstAt) = (difference, i);
            }
        }
        Assert.True(worst <= 1, $"{worst} levels apart at pixel {worstAt / 4 % width},{worstAt / 4 / width} channel {worstAt % 4}; {off} of {fast.Length} bytes differ");
        return fast;
    }
}
