using System.Diagnostics;
using System.Globalization;
using LegacyPress.Core.Model;
using LegacyPress.Render.Encoding;
using LegacyPress.TestSupport.Measurement;
using SkiaSharp;

namespace LegacyPress.Bench;

/// <summary>
/// Side-by-side benchmarks of the render pipeline against plain ffmpeg. `render`: throughput of a 10 s
/// 1080p30 Ken Burns shot (LegacyPress, zoompan, the scale=8000 zoompan workaround, and the encode-only floor).
/// `smooth`: RMS deviation from the planned camera path, LegacyPress vs zoompan. `film`: per-frame draw cost of the
/// sample. `beats`: beat-tracking accuracy against aubio (issue 18). `incremental`: re-render time of a synthetic 3-minute film after one shot changes. `farm`: the farm path's overhead
/// over the local renderer, with one and two worker processes (issue 20).
/// </summary>
internal static class Program
{
    private static readonly X264Settings Encoder = new(X264Preset.Veryfast, 18);

    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var what = args.FirstOrDefault() ?? "all";
        var seconds = args.Length > 1 && what is "render" ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var folder = Path.Combine(Path.GetTempPath(), "legacypress-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            Console.WriteLine($"LegacyPress bench: {Environment.ProcessorCount} cores, {RuntimeName()}");
            if (what is "render" or "all")
            {
                await RenderAsync(folder, seconds);
            }
            if (what is "smooth" or "all")
            {
                await SmoothAsync(folder);
            }
            if (what is "draw")
            {
                DrawCost.Run(folder);
            }
            if (what is "film")
            {
                FilmDrawCost.Run(args.Length > 1 ? args[1] : RenderPresets.FinalName);
            }
            if (what is "floor")
            {
                await EncodeFloor.RunAsync(folder, args.Length > 1 && args[1] != "auto" ? int.Parse(args[1], CultureInfo.InvariantCulture) : null, args.Length > 2 ? args[2] : "all", args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : null);
            }
            if (what is "sampling")
            {
                SamplingCost.Run();
            }
            if (what is "stages")
            {
                StageCost.Run();
            }
            if (what is "yuv")
            {
                YuvCost.Run();
            }
            if (what is "look")
            {
                LookCost.Run(folder);
            }
            if (what is "cuts" && args.Length > 2)
            {
                await CutsOnBeats.RunAsync(args[1], args[2]);
            }
            if (what is "beats")
            {
                await BeatAccuracy.RunAsync(folder, args.Length > 1 ? args[1] : null);
            }
            if (what is "incremental")
            {
                await IncrementalRender.RunAsync(folder, args.Length > 1 ? args[1] : "preview");
            }
            if (what is "farm")
            {
                await FarmOverhead.RunAsync(folder, args.Length > 1 ? args[1] : "preview", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : FarmOverhead.DefaultRounds);
            }
            if (what is not ("render" or "smooth" or "draw" or "film" or "floor" or "stages" or "sampling" or "yuv" or "look" or "beats" or "cuts" or "incremental" or "farm" or "all"))
            {
                Console.Error.WriteLine("usage: LegacyPress.Bench [render [seconds] | smooth | draw | film [preset] | floor [threads|auto [pan|film|all [rounds]]] | stages | sampling | yuv | look | beats [file] | cuts <film.mp4> <plan.json> | incremental [preset] | farm [preset [rounds]] | all]");
                return 2;
            }
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RenderAsync(string folder, double seconds)
    {
        var frames = (int)Math.Round(seconds * 30);
        Console.WriteLine($"\n== render: {seconds:0.#} s Ken Burns zoom at 1920x1080, 30 fps ({frames} frames) of a 3000x2000 textured still; x264 veryfast CRF 18");
        using var scene = new Scene(folder, 3000, 2000, 1920, 1080, frames, endZoom: 1.25, endCenter: (0.55, 0.45), colour: true);
        var output = Path.Combine(folder, "out.mp4");
        string[] x264 = ["-c:v", "libx264", "-preset", Encoder.Preset.Name(), "-crf", "18", "-profile:v", "high", "-pix_fmt", "yuv420p"];

        var legacy = Measure("LegacyPress pipeline", frames, () =>
            new EncodingPipeline().EncodeAsync(scene.Drawer(), FrameRange.All(frames), Encoder, output).GetAwaiter().GetResult());
        var zoompan = Measure("ffmpeg zoompan", frames, () =>
            Ffmpeg.Run(["-hide_banner", "-loglevel", "error", "-y", "-i", scene.PngPath, "-vf", scene.ZoompanFilter(), "-frames:v", $"{frames}", .. x264, output]));
        var workaround = Measure("ffmpeg scale=8000 + zoompan", frames, () =>
            Ffmpeg.Run(["-hide_banner", "-loglevel", "error", "-y", "-i", scene.PngPath, "-vf", scene.ZoompanFilter(upscaleWidth: 8000), "-frames:v", $"{frames}", .. x264, output]));

        // The floor: the same frames, drawn and converted beforehand, encoded by ffmpeg alone with the pipeline's own arguments.
        var raw = Path.Combine(folder, "frames.yuv");
        EncodeFloor.PreRender(scene.Drawer(), FrameRange.All(frames), raw);
        var job = new EncodeJob(new RawVideoInput(1920, 1080, new FrameRate(30)), Encoder, frames, output);
        var floorArgs = FfmpegArguments.For(job).ToList();
        floorArgs[floorArgs.IndexOf("-") ] = raw;
        var floor = Measure("encode-only floor (raw yuv420p file)", frames, () => Ffmpeg.Run(floorArgs));
        File.Delete(raw);

        Console.WriteLine();
        Ratio("LegacyPress / zoompan", legacy / zoompan, ">= 1.15", legacy / zoompan >= 1.15);
        Ratio("LegacyPress / workaround", legacy / workaround, ">= 2.5", legacy / workaround >= 2.5);
        Ratio("floor / LegacyPress", floor / legacy, "<= 1.2", floor / legacy <= 1.2);
    }

    private static async Task SmoothAsync(string folder)
    {
        const int width = 1280, height = 720, frames = 90;
        Console.WriteLine($"\n== smooth: slow zoom ×1.00→×1.05 with a small pan, {width}x{height}, {frames} frames, 3000x2000 grey texture; x264 veryfast CRF 12");
        using var scene = new Scene(folder, 3000, 2000, width, height, frames, endZoom: 1.05, endCenter: (0.52, 0.51), colour: false);
        var meter = new MotionPathMeter(scene.Still, scene.Path, width, height);
        var fine = new X264Settings(X264Preset.Veryfast, 12);

        var ours = Path.Combine(folder, "legacypress.mp4");
        await new EncodingPipeline().EncodeAsync(scene.Drawer(), FrameRange.All(frames), fine, ours);
        var zoompan = Path.Combine(folder, "zoompan.mp4");
        Ffmpeg.Run(["-hide_banner", "-loglevel", "error", "-y", "-i", scene.PngPath, "-vf", scene.ZoompanFilter(), "-frames:v", $"{frames}",
            "-c:v", "libx264", "-preset", "veryfast", "-crf", "12", "-pix_fmt", "yuv420p", zoompan]);

        foreach (var (name, file) in new[] { ("LegacyPress", ours), ("zoompan", zoompan) })
        {
            var deviations = new List<FrameDeviation>();
            var frame = 0;
            await foreach (var luma in VideoFrames.ReadLumaAsync(file, width, height))
            {
                deviations.Add(meter.Measure(frame++, luma));
            }
            var error = MotionPathMeter.Summarise(deviations);
            var verdict = name == "LegacyPress" ? (error.RmsPixels <= 0.1 ? "  (target <= 0.1: ok)" : "  (target <= 0.1: MISSED)") : "";
            Console.WriteLine($"{name,-12} RMS path error {error.RmsPixels,7:0.000} px   max {error.MaxPixels,6:0.000} px   jitter {error.JitterRmsPixels,6:0.000} px{verdict}");
        }
    }

    private static double Measure(string name, int frames, Action run)
    {
        var clock = Stopwatch.StartNew();
        run();
        var fps = frames / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{name,-40} {clock.Elapsed.TotalSeconds,7:0.00} s   {fps,7:0.0} fps");
        return fps;
    }

    internal static void Ratio(string name, double value, string target, bool ok) =>
        Console.WriteLine($"{name,-40} {value,7:0.00}   target {target}: {(ok ? "ok" : "MISSED")}");

    private static string RuntimeName() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
}
