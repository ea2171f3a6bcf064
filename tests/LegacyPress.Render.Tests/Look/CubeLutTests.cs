using LegacyPress.Render.Look;
using LegacyPress.TestSupport;

namespace LegacyPress.Render.Tests.Look;

public sealed class CubeLutTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(17)]
    [InlineData(33)]
    public void Identity_lut_maps_every_colour_to_itself(int size)
    {
        var transform = new LutTransform(CubeLut.Identity(size));
        var random = new Random(size);

        for (var i = 0; i < 20000; i++)
        {
            var (r, g, b) = ((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
            var (or, og, ob) = transform.Map(r, g, b);
            Assert.Equal((r, g, b), (ToByte(or), ToByte(og), ToByte(ob)));
        }
        for (var v = 0; v < 256; v++)
        {
            var (or, og, ob) = transform.Map((byte)v, (byte)(255 - v), (byte)v);
            Assert.Equal((v, 255 - v, v), ((int)ToByte(or), (int)ToByte(og), (int)ToByte(ob)));
        }
    }

    [Fact]
    public void A_channel_swapping_lut_maps_a_known_colour_exactly()
    {
        var swap = new LutTransform(CubeLut.FromFunction("swap", 9, (r, g, b) => (b, g, r)));

        var (r, g, b) = swap.Map(200, 50, 10);

        Assert.Equal((10, 50, 200), ((int)ToByte(r), (int)ToByte(g), (int)ToByte(b)));
    }

    [Fact]
    public void Cube_text_round_trips()
    {
        var lut = CubeLut.FromFunction("tint", 5, (r, g, b) => (r * 0.9f, g, Math.Min(1, b + 0.1f)));

        var parsed = CubeLut.Parse(lut.ToCubeText(["a comment"]), "tint.cube");

        Assert.Equal("tint", parsed.Title);
        Assert.Equal(5, parsed.Size);
        Assert.Equal(lut[4, 2, 1].R, parsed[4, 2, 1].R, 5);
        Assert.Equal(lut[4, 2, 1].B, parsed[4, 2, 1].B, 5);
    }

    [Fact]
    public void Domain_and_comments_and_blank_lines_are_understood()
    {
        var text = "# made by hand\n\nTITLE \"half\"\nDOMAIN_MIN 0 0 0\nDOMAIN_MAX 2 2 2\nLUT_3D_SIZE 2\n" +
            "0 0 0\n1 0 0\n0 1 0\n1 1 0\n0 0 1\n1 0 1\n0 1 1\n1 1 1\n";

        var transform = new LutTransform(CubeLut.Parse(text, "half.cube"));

        // Input 1.0 is half-way through a 0..2 domain.
        Assert.Equal(0.5f, transform.Map(255, 255, 255).R, 3);
    }

    [Theory]
    [InlineData("LUT_3D_SIZE 2\n0 0 0\n1 0 0\n", "bad.cube:1: LUT_3D_SIZE 2 needs 8 colour rows, the file has 2")]
    [InlineData("TITLE \"x\"\nLUT_3D_SIZE 2\n0 0 0\n1 0\n", "bad.cube:4: expected three numbers (red green blue), got '1 0'")]
    [InlineData("0 0 0\n", "bad.cube:1: colour rows before LUT_3D_SIZE")]
    [InlineData("LUT_3D_SIZE 2\nLUT_3D_GAMMA 2.2\n", "bad.cube:2: unknown keyword 'LUT_3D_GAMMA'")]
    [InlineData("LUT_1D_SIZE 1024\n", "bad.cube:1: this is a 1D LUT; LegacyPress applies 3D LUTs (LUT_3D_SIZE)")]
    [InlineData("LUT_3D_SIZE 1.5\n", "bad.cube:1: LUT_3D_SIZE must be a whole number from 2 to 256")]
    [InlineData("TITLE \"empty\"\n", "bad.cube: no LUT_3D_SIZE line: not a 3D .cube LUT")]
    [InlineData("LUT_3D_SIZE 2\n0 0 0\n1 0 0\n0 1 0\n1 1 0\n0 0 1\n1 0 1\n0 1 1\n1 1 nan\n", "bad.cube:9: expected three numbers (red green blue), got '1 1 nan'")]
    public void Malformed_files_are_reported_with_file_and_line(string text, string message)
    {
        var error = Assert.Throws<CubeLutException>(() => CubeLut.Parse(text, "bad.cube"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void The_shipped_luts_parse_and_the_sample_film_uses_one_of_them()
    {
        var root = RepositoryFiles.Root;
        var shipped = Directory.GetFiles(Path.Combine(root, "templates", "luts"), "*.cube").Select(Path.GetFileName).Order().ToList();

        Assert.Equal(["bleach-bypass.cube", "cold-portal.cube", "warm-brass.cube"], shipped);
        foreach (var name in shipped)
        {
            Assert.Equal(33, CubeLut.Load(Path.Combine(root, "templates", "luts", name!)).Size);
        }
        Assert.Equal(
            File.ReadAllText(Path.Combine(root, "templates", "luts", "warm-brass.cube")),
            File.ReadAllText(Path.Combine(root, "samples", "legacy", "looks", "warm-brass.cube")));
    }

    [Fact]
    public void Warm_brass_warms_a_grey_and_cold_portal_cools_it()
    {
        var root = RepositoryFiles.Root;
        var warm = new LutTransform(CubeLut.Load(Path.Combine(root, "templates", "luts", "warm-brass.cube"))).Map(180, 180, 180);
        var cold = new LutTransform(CubeLut.Load(Path.Combine(root, "templates", "luts", "cold-portal.cube"))).Map(180, 180, 180);

        Assert.True(warm.R > warm.B + 0.02f, $"warm-brass gave {warm}");
        Assert.True(cold.B > cold.R + 0.02f, $"cold-portal gave {cold}");
    }

    private static byte ToByte(float v) => (byte)Math.Clamp((int)(v * 255f + 0.5f), 0, 255);
}
