using LegacyPress.Render.Look;

namespace LegacyPress.Render.Tests.Look;

/// <summary>The fixed-point per-shot grader against the float tetrahedral reference (<see cref="LutTransform"/>).</summary>
public sealed class CubeGraderTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(17)]
    [InlineData(33)]
    public void The_identity_cube_changes_no_pixel(int size)
    {
        var pixels = RandomPixels(4099, seed: size);
        var graded = pixels.ToArray();

        new CubeGrader(CubeLut.Identity(size)).Apply(graded);

        Assert.Equal(pixels, graded);
    }

    [Theory]
    [InlineData(17, 1)]
    [InlineData(33, 2)]
    [InlineData(33, 3)]
    [InlineData(65, 4)]
    public void A_grade_agrees_with_the_float_reference_within_one_code_value(int size, int seed)
    {
        var lut = WarpedCube(size, seed);
        var reference = new LutTransform(lut);
        var pixels = RandomPixels(200_003, seed);
        var graded = pixels.ToArray();

        new CubeGrader(lut).Apply(graded);

        var worst = 0;
        for (var i = 0; i < pixels.Length; i++)
        {
            var p = pixels[i];
            var (r, g, b) = reference.Map((byte)(p >> 16), (byte)(p >> 8), (byte)p);
            var q = graded[i];
            worst = Math.Max(worst, Math.Abs(ToByte(r) - (int)(q >> 16 & 0xFF)));
            worst = Math.Max(worst, Math.Abs(ToByte(g) - (int)(q >> 8 & 0xFF)));
            worst = Math.Max(worst, Math.Abs(ToByte(b) - (int)(q & 0xFF)));
            Assert.Equal(p >> 24, q >> 24);
        }
        Assert.InRange(worst, 0, 1);
    }

    [Fact]
    public void Eight_at_a_time_and_one_at_a_time_agree_bit_for_bit()
    {
        var lut = WarpedCube(33, 7);
        var grader = new CubeGrader(lut);
        var pixels = RandomPixels(1003, 7);
        var together = pixels.ToArray();
        grader.Apply(together);

        // Runs of one pixel never reach the vector loop.
        var alone = pixels.ToArray();
        for (var i = 0; i < alone.Length; i++)
        {
            grader.Apply(alone.AsSpan(i, 1));
        }

        Assert.Equal(alone, together);
    }

    [Fact]
    public void A_cube_over_a_narrower_domain_is_placed_as_the_reference_places_it()
    {
        var text = "LUT_3D_SIZE 2\nDOMAIN_MIN 0.1 0.2 0\nDOMAIN_MAX 0.9 1 0.5\n"
                   + "0 0 0\n1 0 0\n0 1 0\n1 1 0\n0 0 1\n1 0 1\n0 1 1\n1 1 1\n";
        var lut = CubeLut.Parse(text, "narrow.cube");
        var reference = new LutTransform(lut);
        var pixels = RandomPixels(5000, 11);
        var graded = pixels.ToArray();

        new CubeGrader(lut).Apply(graded);

        for (var i = 0; i < pixels.Length; i++)
        {
            var p = pixels[i];
            var (r, g, b) = reference.Map((byte)(p >> 16), (byte)(p >> 8), (byte)p);
            Assert.InRange(Math.Abs(ToByte(r) - (int)(graded[i] >> 16 & 0xFF)), 0, 1);
            Assert.InRange(Math.Abs(ToByte(g) - (int)(graded[i] >> 8 & 0xFF)), 0, 1);
            Assert.InRange(Math.Abs(ToByte(b) - (int)(graded[i] & 0xFF)), 0, 1);
        }
    }

    /// <summary>A smooth, strongly non-linear grade with crossed channels, its outputs kept in 0..1.</summary>
    private static CubeLut WarpedCube(int size, int seed)
    {
        var random = new Random(seed);
        float a = (float)random.NextDouble(), c = (float)random.NextDouble();
        return CubeLut.FromFunction("warped", size, (r, g, b) => (
            Math.Clamp(MathF.Pow(r, 0.6f + a) * 0.8f + g * 0.15f, 0, 1),
            Math.Clamp(0.5f + 0.5f * MathF.Sin(3 * g + c) * b, 0, 1),
            Math.Clamp(b * b * 0.7f + r * 0.3f * (1 - g), 0, 1)));
    }

    private static uint[] RandomPixels(int count, int seed)
    {
        var random = new Random(seed);
        var pixels = new uint[count];
        for (var i = 0; i < count; i++)
        {
            pixels[i] = (uint)random.Next() << 1 ^ (uint)random.Next(2);
        }
        return pixels;
    }

    private static int ToByte(float v) => Math.Clamp((int)(v * 255f + 0.5f), 0, 255);
}
