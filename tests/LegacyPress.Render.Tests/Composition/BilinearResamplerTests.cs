using LegacyPress.Render.Composition;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Composition;

public class BilinearResamplerTests
{
    public static TheoryData<int, int, int, int, int> Cases => new()
    {
        // still width, height; frame width, height; seed
        { 2540, 1428, 1920, 1080, 1 },
        { 1001, 563, 1920, 1080, 2 },
        { 37, 23, 1001, 563, 3 },
        { 640, 361, 1001, 563, 4 },
        { 333, 777, 160, 90, 5 },
        { 2, 3, 17, 9, 6 },
        { 1280, 720, 1920, 1080, 7 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_Skia_bilinear_clamped_sampling_within_one_code_value(int stillWidth, int stillHeight, int frameWidth, int frameHeight, int seed)
    {
        var random = new Random(seed);
        using var still = NoiseStill(stillWidth, stillHeight, random);
        using var stillPixels = still.PeekPixels();
        for (var i = 0; i < 6; i++)
        {
            var matrix = RandomMatrix(random, stillWidth, stillHeight, frameWidth, frameHeight);
            using var skia = SkiaDraw(still, matrix, frameWidth, frameHeight);
            using var ours = new SKBitmap(new SKImageInfo(frameWidth, frameHeight, SKColorType.Bgra8888, SKAlphaType.Premul));
            BilinearResampler.Draw(BgraPixels.Of(stillPixels), matrix, Target(ours));

            var (worst, where) = LargestDifference(skia, ours);
            Assert.True(worst <= 1, $"{worst} code values from Skia at {where} for {matrix.ScaleX}x{matrix.ScaleY} + ({matrix.TransX}, {matrix.TransY})");
        }
    }

    [Fact]
    public void Repeats_exactly()
    {
        var random = new Random(11);
        using var still = NoiseStill(501, 333, random);
        using var stillPixels = still.PeekPixels();
        var matrix = RandomMatrix(random, 501, 333, 1001, 563);
        using var first = new SKBitmap(new SKImageInfo(1001, 563, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var second = new SKBitmap(new SKImageInfo(1001, 563, SKColorType.Bgra8888, SKAlphaType.Premul));

        BilinearResampler.Draw(BgraPixels.Of(stillPixels), matrix, Target(first));
        BilinearResampler.Draw(BgraPixels.Of(stillPixels), matrix, Target(second));

        Assert.Equal(first.Bytes, second.Bytes);
    }

    [Fact]
    public void Refuses_a_matrix_that_rotates()
    {
        using var still = NoiseStill(8, 8, new Random(1));
        using var stillPixels = still.PeekPixels();
        using var frame = new SKBitmap(new SKImageInfo(8, 8, SKColorType.Bgra8888, SKAlphaType.Premul));

        Assert.False(BilinearResampler.Handles(SKMatrix.CreateRotationDegrees(10), 8, 8));
        Assert.Throws<ArgumentException>(() => BilinearResampler.Draw(BgraPixels.Of(stillPixels), SKMatrix.CreateRotationDegrees(10), Target(frame)));
    }

    /// <summary>Independent noise in every channel: the hardest picture for weights that differ from Skia's.</summary>
    private static SKImage NoiseStill(int width, int height, Random random)
    {
        var bytes = new byte[width * height * 4];
        random.NextBytes(bytes);
        for (var i = 3; i < bytes.Length; i += 4)
        {
            bytes[i] = 255;
        }
        return SKImage.FromPixelCopy(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Opaque), bytes);
    }

    /// <summary>A scale of 0.5–2.5 per axis and a fractional offset that often leaves part of the frame beyond the still's edges.</summary>
    private static SKMatrix RandomMatrix(Random random, int stillWidth, int stillHeight, int frameWidth, int frameHeight)
    {
        var sx = 0.5f + 2f * random.NextSingle();
        var sy = random.Next(3) == 0 ? sx : 0.5f + 2f * random.NextSingle();
        var tx = (frameWidth - stillWidth * sx) * (random.NextSingle() * 1.4f - 0.2f);
        var ty = (frameHeight - stillHeight * sy) * (random.NextSingle() * 1.4f - 0.2f);
        return new SKMatrix(sx, 0, tx, 0, sy, ty, 0, 0, 1);
    }

    private static SKBitmap SkiaDraw(SKImage still, SKMatrix matrix, int width, int height)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        using var shader = still.ToShader(SKShaderTileMode.Clamp, SKShaderTileMode.Clamp, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), matrix);
        using var paint = new SKPaint { Shader = shader };
        canvas.DrawRect(new SKRect(0, 0, width, height), paint);
        canvas.Flush();
        return bitmap;
    }

    private static BgraPixels Target(SKBitmap bitmap) => new(bitmap.GetPixelSpan(), bitmap.Width, bitmap.Height, bitmap.RowBytes);

    private static (int Worst, string Where) LargestDifference(SKBitmap expected, SKBitmap actual)
    {
        var a = expected.GetPixelSpan();
        var b = actual.GetPixelSpan();
        var worst = 0;
        var where = "nowhere";
        for (var i = 0; i < a.Length; i++)
        {
            var difference = Math.Abs(a[i] - b[i]);
            if (difference > worst)
            {
                worst = difference;
                var pixel = i % expected.RowBytes / 4;
                where = $"({pixel}, {i / expected.RowBytes}) channel {i % 4}: Skia {a[i]}, ours {b[i]}";
            }
        }
        return (worst, where);
    }
}
