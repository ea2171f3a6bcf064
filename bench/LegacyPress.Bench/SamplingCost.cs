using System.Diagnostics;
using LegacyPress.Render.Composition;
using SkiaSharp;

namespace LegacyPress.Bench;

/// <summary>
/// `sampling`: what one 1080p frame costs to draw from a 2540x1428 still (the pre-scaled size of a 4K still at
/// ×1.15), one thread, CPU ms: Skia bilinear (what shots drawn on a canvas use), the same picture from BilinearResampler (what shots drawn into a raster frame use), nearest (the floor of any resampling), Skia's own
/// trilinear mipmaps (rebuilt on every draw — why moves that shrink a still use <see cref="MipChain"/>), and the chain.
/// </summary>
internal static class SamplingCost
{
    public static void Run()
    {
        Console.WriteLine("\n== sampling: one 1920x1080 frame from a 2540x1428 still, one thread, CPU ms");
        using var source = SKSurface.Create(new SKImageInfo(2540, 1428, SKColorType.Bgra8888, SKAlphaType.Opaque))!;
        using (var noise = SKShader.CreatePerlinNoiseFractalNoise(0.01f, 0.01f, 4, 1))
        using (var paint = new SKPaint { Shader = noise })
        {
            source.Canvas.Clear(SKColors.Black);
            source.Canvas.DrawRect(0, 0, 2540, 1428, paint);
        }
        using var image = source.Snapshot();
        using var chain = new MipChain(image);
        using var frame = SKSurface.Create(new SKImageInfo(1920, 1080, SKColorType.Bgra8888, SKAlphaType.Premul))!;
        var bounds = new SKRect(0, 0, 1920, 1080);

        SKMatrix At(int i, float zoom) => SKMatrix.CreateScale(zoom, zoom).PostConcat(SKMatrix.CreateTranslation(-10 - i * 0.37f, -5 - i * 0.11f));
        void Shader(int i, SKSamplingOptions sampling, float zoom)
        {
            using var shader = image.ToShader(SKShaderTileMode.Clamp, SKShaderTileMode.Clamp, sampling, At(i, zoom));
            using var paint = new SKPaint { Shader = shader };
            frame.Canvas.DrawRect(bounds, paint);
        }

        var fit = 1920f / 2540f * 1.02f;
        Time("bilinear (shots)", frame, i => Shader(i, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), fit));
        using var stillPixels = image.PeekPixels();
        using var framePixels = frame.PeekPixels();
        Time("BilinearResampler (shots into a raster frame)", frame, i => BilinearResampler.Draw(BgraPixels.Of(stillPixels), At(i, fit), BgraPixels.Of(framePixels)));
        Time("nearest (floor of resampling)", frame, i => Shader(i, new SKSamplingOptions(SKFilterMode.Nearest), fit));
        Time("Skia trilinear, a zoom-out to ×0.4", frame, i => Shader(i, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), 0.4f * fit), frames: 10);
        Time("MipChain trilinear, the same zoom-out", frame, i => chain.Draw(frame.Canvas, At(i, 0.4f * fit), bounds, antialias: false));
    }

    private static void Time(string name, SKSurface frame, Action<int> draw, int frames = 60)
    {
        for (var i = 0; i < 3; i++)
        {
            draw(i);
        }
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < frames; i++)
        {
            draw(i);
            frame.Canvas.Flush();
        }
        Console.WriteLine($"{name,-44} {(Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds / frames,7:0.00} ms");
    }
}
