using LegacyPress.Render.Encoding;

namespace LegacyPress.Bench;

/// <summary>
/// CPU ms per 1920x1080 frame of the BGRA → yuv420p conversion, over 200 frames. Process CPU time, so a
/// conversion that spreads over several threads is charged for all of them, as the encoder would feel it. The
/// scalar path is the reference the vector paths match byte for byte.
/// </summary>
internal static class YuvCost
{
    private const int Width = 1920, Height = 1080, Frames = 200;

    // Several distinct source frames, so the timing is not of one frame sitting in the cache.
    private const int DistinctFrames = 4;

    public static void Run()
    {
        Console.WriteLine($"\n== yuv: CPU ms per {Width}x{Height} frame of BGRA → yuv420p, {Frames} frames");
        var random = new Random(1080);
        var sources = Enumerable.Range(0, DistinctFrames).Select(_ =>
        {
            var bgra = new byte[Width * Height * 4];
            random.NextBytes(bgra);
            return bgra;
        }).ToArray();
        var yuv = new byte[Yuv420Converter.FrameBytes(Width, Height)];

        Row($"Yuv420Converter.FromBgra ({Yuv420Paths.Best})", () =>
        {
            for (var i = 0; i < Frames; i++)
            {
                Yuv420Converter.FromBgra(sources[i % DistinctFrames], Width * 4, Width, Height, yuv);
            }
        });
        foreach (var path in Enum.GetValues<Yuv420Path>().Where(p => p.IsSupported()))
        {
            Row($"  {path} path", () =>
            {
                for (var i = 0; i < Frames; i++)
                {
                    Yuv420Converter.FromBgra(sources[i % DistinctFrames], Width * 4, Width, Height, yuv, path);
                }
            });
        }
    }

    private static void Row(string name, Action convertAll)
    {
        convertAll(); // warm-up: tiered JIT, page faults of the buffers
        var before = CpuClock.Now();
        convertAll();
        var spent = CpuClock.Now() - before;
        Console.WriteLine($"{name,-44} {spent.Cpu.TotalMilliseconds / Frames,6:0.00} ms CPU  {spent.Wall.TotalMilliseconds / Frames,6:0.00} ms wall");
    }
}
