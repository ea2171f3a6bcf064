using System.Security.Cryptography;
using LegacyPress.Render.Encoding;

namespace LegacyPress.Render.Tests.Encoding;

public class Yuv420GoldenFrameTests
{
    // SHA-256 of the yuv420p bytes the original scalar converter wrote for this frame, before any vector path
    // existed: it ties every later path (and the scalar one they are all compared with) to that first definition.
    private const string OriginalConverterSha256 = "AF5078CA8B0CE0268EFABC4131E5683E9F4036DF1C6336D9D61DC16455918E39";

    [Fact]
    public void A_seeded_random_frame_converts_to_the_bytes_the_original_converter_wrote()
    {
        const int width = 1922, height = 1080, stride = width * 4 + 12;
        var bgra = new byte[stride * height];
        new Random(709).NextBytes(bgra);
        var yuv = new byte[Yuv420Converter.FrameBytes(width, height)];

        Yuv420Converter.FromBgra(bgra, stride, width, height, yuv);

        Assert.Equal(OriginalConverterSha256, Convert.ToHexString(SHA256.HashData(yuv)));
    }
}
