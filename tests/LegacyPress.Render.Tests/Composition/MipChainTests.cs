using LegacyPress.Render.Composition;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Composition;

/// <summary>The trilinear filtering done from a kept mip chain matches Skia's own (which rebuilds the mipmaps on every draw).</summary>
public sealed class MipChainTests
{
    [Theory]
    [InlineData(0.9)]
    [InlineData(0.45)]
    [InlineData(0.3)]
    [InlineData(0.12)]
    public void Drawing_from_the_chain_looks_like_skias_trilinear_filtering(double scale)
    {
        using var still = Texture(1024, 768);
        using var chain = new MipChain(still);
        var matrix = SKMatrix.CreateScale((float)scale, (float)scale).PostConcat(SKMatrix.CreateTranslation(-3.3f, -7.6f));

        using var ours = Frame(canvas => chain.Draw(canvas, matrix, new SKRect(0, 0, 320, 180), antialias: false));
        using var skias = Frame(canvas =>
        {
            using var shader = still.ToShader(SKShaderTileMode.Clamp, SKShaderTileMode.Clamp, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), matrix);
            using var paint = new SKPaint { Shader = shader };
            canvas.DrawRect(0, 0, 320, 180, paint);
        });

        double total = 0;
        var worst = 0;
        for (var y = 0; y < 180; y++)
        {
            for (var x = 0; x < 320; x++)
            {
                SKColor a = ours.GetPixel(x, y), b = skias.GetPixel(x, y);
                var d = Math.Max(Math.Abs(a.Red - b.Red), Math.Max(Math.Abs(a.Green - b.Green), Math.Abs(a.Blue - b.Blue)));
                total += d;
                worst = Math.Max(worst, d);
            }
        }
        var mean = total / (320 * 180);
        // Skia makes its levels with its own filter, so the two differ a little on fine noise; what matters is that
        // neither aliases (both average) and that the blend between levels is the same trilinear one.
        Assert.True(mean < 4 && worst <= 16, $"mean difference {mean:0.00}, worst {worst} code values");
    }

    [Fact]
    public void The_chain_halves_down_to_a_pixel_and_counts_only_its_own_levels()
    {
        using var still = Texture(64, 16);
        using var chain = new MipChain(still);

        Assert.Equal((32 * 8 + 16 * 4 + 8 * 2 + 4 * 1) * 4, chain.Bytes);
    }

    private static SKImage Texture(int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul))!;
        using var noise = SKShader.CreatePerlinNoiseFractalNoise(0.02f, 0.03f, 3, 5);
        using var paint = new SKPaint { Shader = noise };
        surface.Canvas.Clear(SKColors.Black);
        surface.Canvas.DrawRect(0, 0, width, height, paint);
        return surface.Snapshot();
    }

    private static SKBitmap Frame(Action<SKCanvas> draw)
    {
        var bitmap = new SKBitmap(new SKImageInfo(320, 180, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Black);
        draw(canvas);
        return bitmap;
    }
}
