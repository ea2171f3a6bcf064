using System.Diagnostics;
using LegacyPress.Render.Encoding;
using SkiaSharp;

namespace LegacyPress.Bench;

/// <summary>The pipeline's own per-frame costs on one thread: drawing the Ken Burns frame, and converting it to yuv420p.</summary>
internal static class DrawCost
{
    public static void Run(string folder)
    {
        Console.WriteLine("\n== draw: per-frame cost on one thread, 1920x1080 from a 3000x2000 still");
        using var scene = new Scene(folder, 3000, 2000, 1920, 1080, 300, endZoom: 1.25, endCenter: (0.55, 0.45), colour: true);
        var drawer = scene.Drawer();
        var info = new SKImageInfo(1920, 1080, SKColorType.Bgra8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)!;
        using var pixels = surface.PeekPixels();
        var yuv = new byte[Yuv420Converter.FrameBytes(1920, 1080)];
        for (var k = 0; k < 5; k++)
        {
            drawer.Draw(k, surface.Canvas);
        }
        const int n = 30;
        var clock = Stopwatch.StartNew();
        for (var k = 0; k < n; k++)
        {
            surface.Canvas.Clear(SKColors.Black);
            drawer.Draw(k * 10, surface.Canvas);
        }
        Console.WriteLine($"clear + draw      {clock.Elapsed.TotalMilliseconds / n,6:0.0} ms");
        clock.Restart();
        for (var k = 0; k < n; k++)
        {
            Yuv420Converter.FromBgra(pixels.GetPixelSpan(), pixels.RowBytes, info.Width, info.Height, yuv);
        }
        Console.WriteLine($"yuv420p convert   {clock.Elapsed.TotalMilliseconds / n,6:0.0} ms (parallel over {Environment.ProcessorCount} cores)");
    }
}
