using LegacyPress.Render.Encoding;

namespace LegacyPress.Render.Tests.Encoding;

public class Yuv420ConverterTests
{
    private static byte[] Solid(int width, int height, byte r, byte g, byte b)
    {
        var bgra = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            bgra[4 * i] = b;
            bgra[4 * i + 1] = g;
            bgra[4 * i + 2] = r;
            bgra[4 * i + 3] = 255;
        }
        return bgra;
    }

    // Reference values: ITU-R BT.709 in 8-bit limited range (e.g. the colour bars of ITU-R BT.2111 / EBU tech 3325).
    [Theory]
    [InlineData(0, 0, 0, 16, 128, 128)]
    [InlineData(255, 255, 255, 235, 128, 128)]
    [InlineData(255, 0, 0, 63, 102, 240)]
    [InlineData(0, 255, 0, 173, 42, 26)]
    [InlineData(0, 0, 255, 32, 240, 118)]
    [InlineData(255, 255, 0, 219, 16, 138)]
    [InlineData(128, 128, 128, 126, 128, 128)]
    public void Known_colours_become_bt709_limited_range_values(byte r, byte g, byte b, byte y, byte u, byte v)
    {
        const int w = 4, h = 2;
        var yuv = new byte[Yuv420Converter.FrameBytes(w, h)];
        Yuv420Converter.FromBgra(Solid(w, h, r, g, b), w * 4, w, h, yuv);
        Assert.All(yuv.AsSpan(0, w * h).ToArray(), value => Assert.Equal(y, value));
        Assert.All(yuv.AsSpan(w * h, w * h / 4).ToArray(), value => Assert.Equal(u, value));
        Assert.All(yuv.AsSpan(w * h * 5 / 4, w * h / 4).ToArray(), value => Assert.Equal(v, value));
    }

    [Fact]
    public void Chroma_is_the_average_of_each_two_by_two_block()
    {
        // One 2x2 block: two red and two blue pixels average to (127.5, 0, 127.5).
        var bgra = new byte[2 * 2 * 4];
        void Set(int i, byte r, byte b) => (bgra[4 * i], bgra[4 * i + 2], bgra[4 * i + 3]) = (b, r, 255);
        Set(0, 255, 0);
        Set(1, 0, 255);
        Set(2, 0, 255);
        Set(3, 255, 0);
        var yuv = new byte[Yuv420Converter.FrameBytes(2, 2)];
        Yuv420Converter.FromBgra(bgra, 8, 2, 2, yuv);
        Assert.Equal([63, 32, 32, 63], yuv[..4]);
        // U: (102 + 240) / 2 = 171, V: (240 + 118) / 2 = 179, within rounding.
        Assert.InRange(yuv[4], 170, 172);
        Assert.InRange(yuv[5], 178, 180);
    }

    [Fact]
    public void Planes_are_laid_out_y_then_u_then_v_and_follow_the_stride()
    {
        const int w = 4, h = 4, stride = w * 4 + 16;
        var bgra = new byte[stride * h];
        // Left half white, right half black; padding bytes set to garbage that must be ignored.
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var value = x < 2 ? (byte)255 : (byte)0;
                bgra.AsSpan(y * stride + 4 * x, 4).Fill(value);
                bgra[y * stride + 4 * x + 3] = 255;
            }
            bgra.AsSpan(y * stride + w * 4, 16).Fill(77);
        }
        var yuv = new byte[Yuv420Converter.FrameBytes(w, h)];
        Yuv420Converter.FromBgra(bgra, stride, w, h, yuv);
        Assert.Equal([235, 235, 16, 16], yuv[..4]);
        Assert.Equal([128, 128, 128, 128, 128, 128, 128, 128], yuv[16..]);
    }

    [Fact]
    public void Odd_frame_sizes_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Yuv420Converter.FromBgra(new byte[3 * 2 * 4], 12, 3, 2, new byte[100]));
    }
}
