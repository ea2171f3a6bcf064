using LegacyPress.Render.Encoding;

namespace LegacyPress.Render.Tests.Encoding;

/// <summary>Every vector path writes the scalar path's bytes, to the last pixel of the tail.</summary>
/// <remarks>
/// Paths travel by name: the enum is internal and a public test method cannot take it. A path this machine lacks
/// is still listed (xunit fails a theory with no data), and then the test checks that it is refused.
/// </remarks>
public class Yuv420PathTests
{
    private static readonly string[] VectorPathNames = [nameof(Yuv420Path.Vector128), nameof(Yuv420Path.Avx2)];

    public static TheoryData<string> VectorPaths() => new(VectorPathNames);

    public static TheoryData<string, int, int> VectorPathsAndSizes()
    {
        var cases = new TheoryData<string, int, int>();
        foreach (var path in VectorPathNames)
        {
            // Below one vector, exactly one or two, one vector plus a tail, and the sizes films are made at.
            foreach (var (width, height) in new[] { (2, 2), (8, 2), (16, 2), (32, 4), (34, 6), (50, 10), (1280, 720), (1920, 1080), (1922, 1080) })
            {
                cases.Add(path, width, height);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(VectorPathsAndSizes))]
    public void Random_frames_convert_as_the_scalar_path_does(string path, int width, int height)
    {
        var stride = width * 4 + 20;
        var bgra = Frame(stride, height, width, (bytes, random) => random.NextBytes(bytes), new Random(width * 31 + height));
        AssertSameAsScalar(bgra, stride, width, height, Enum.Parse<Yuv420Path>(path));
    }

    [Theory]
    [MemberData(nameof(VectorPaths))]
    public void Every_red_green_blue_gets_the_scalar_luma(string path)
    {
        // 4096 x 4096 pixels, one per 24-bit colour; the blocks of neighbours exercise chroma too.
        const int side = 4096;
        var bgra = new byte[side * side * 4];
        for (var colour = 0; colour < side * side; colour++)
        {
            bgra[4 * colour] = (byte)colour;
            bgra[4 * colour + 1] = (byte)(colour >> 8);
            bgra[4 * colour + 2] = (byte)(colour >> 16);
            bgra[4 * colour + 3] = 255;
        }
        AssertSameAsScalar(bgra, side * 4, side, side, Enum.Parse<Yuv420Path>(path));
    }

    [Theory]
    [MemberData(nameof(VectorPaths))]
    public void Blocks_of_extreme_and_random_values_get_the_scalar_chroma(string path)
    {
        // Each channel of each pixel is 0, 255, 1, 254 or random, so blocks mix the extremes every way at random.
        const int width = 2048, height = 1024;
        byte[] extremes = [0, 255, 1, 254];
        for (var seed = 0; seed < 4; seed++)
        {
            var bgra = Frame(width * 4, height, width, (bytes, random) =>
            {
                for (var i = 0; i < bytes.Length; i++)
                {
                    var pick = random.Next(extremes.Length + 1);
                    bytes[i] = pick < extremes.Length ? extremes[pick] : (byte)random.Next(256);
                }
            }, new Random(seed));
            AssertSameAsScalar(bgra, width * 4, width, height, Enum.Parse<Yuv420Path>(path));
        }
    }

    public static TheoryData<string, string> VectorPathsAndPatterns()
    {
        var cases = new TheoryData<string, string>();
        foreach (var path in VectorPathNames)
        {
            foreach (var pattern in new[] { "black", "white", "pixel checkerboard", "block checkerboard", "channel stripes" })
            {
                cases.Add(path, pattern);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(VectorPathsAndPatterns))]
    public void Extreme_patterns_convert_as_the_scalar_path_does(string path, string pattern)
    {
        const int width = 66, height = 8, stride = width * 4 + 8;
        Func<int, int, int, byte> value = pattern switch
        {
            "black" => (_, _, _) => 0,
            "white" => (_, _, _) => 255,
            "pixel checkerboard" => (x, y, _) => (x + y) % 2 == 0 ? (byte)255 : (byte)0,
            "block checkerboard" => (x, y, _) => (x / 2 + y / 2) % 2 == 0 ? (byte)255 : (byte)0,
            _ => (x, _, channel) => (x + channel) % 3 == 0 ? (byte)255 : (byte)0,
        };
        var bgra = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                for (var channel = 0; channel < 4; channel++)
                {
                    bgra[y * stride + 4 * x + channel] = value(x, y, channel);
                }
            }
        }
        AssertSameAsScalar(bgra, stride, width, height, Enum.Parse<Yuv420Path>(path));
    }

    [Fact]
    public void The_public_converter_uses_the_fastest_path_this_machine_has()
    {
        Assert.True(Yuv420Paths.Best.IsSupported());
        if (System.Runtime.Intrinsics.X86.Avx2.IsSupported)
        {
            Assert.Equal(Yuv420Path.Avx2, Yuv420Paths.Best);
        }
    }

    /// <summary>A BGRA frame of <paramref name="stride"/> bytes per row, no padding after the last row.</summary>
    private static byte[] Frame(int stride, int height, int width, Action<byte[], Random> fill, Random random)
    {
        var bgra = new byte[stride * (height - 1) + width * 4];
        fill(bgra, random);
        return bgra;
    }

    private static void AssertSameAsScalar(byte[] bgra, int stride, int width, int height, Yuv420Path path)
    {
        // Sentinels after the frame catch a vector store that runs past the end of a plane's last row.
        const int sentinels = 64;
        var frameBytes = Yuv420Converter.FrameBytes(width, height);
        var expected = new byte[frameBytes + sentinels];
        var actual = new byte[frameBytes + sentinels];
        if (!path.IsSupported())
        {
            Assert.Throws<PlatformNotSupportedException>(() => Yuv420Converter.FromBgra(bgra, stride, width, height, actual, path));
            return;
        }
        expected.AsSpan(frameBytes).Fill(0xA5);
        actual.AsSpan(frameBytes).Fill(0xA5);
        Yuv420Converter.FromBgra(bgra, stride, width, height, expected, Yuv420Path.Scalar);
        Yuv420Converter.FromBgra(bgra, stride, width, height, actual, path);

        var first = expected.AsSpan().CommonPrefixLength(actual);
        if (first < actual.Length)
        {
            Assert.Fail($"{path} differs from scalar at {Where(first, width, height)}: {actual[first]} instead of {expected[first]}");
        }
    }

    private static string Where(int index, int width, int height)
    {
        var lumaBytes = width * height;
        var chromaBytes = lumaBytes / 4;
        if (index < lumaBytes)
        {
            return $"Y ({index % width}, {index / width})";
        }
        if (index >= lumaBytes + 2 * chromaBytes)
        {
            return $"byte {index - lumaBytes - 2 * chromaBytes} after the frame";
        }
        var plane = index < lumaBytes + chromaBytes ? "U" : "V";
        var offset = (index - lumaBytes) % chromaBytes;
        return $"{plane} ({offset % (width / 2)}, {offset / (width / 2)})";
    }
}
