using System.Diagnostics;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Media;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Bench;

/// <summary>
/// The real composition's per-frame cost on the sample film, on one thread, in CPU time (so a busy machine skews it
/// less than wall time): first draws (decoding stills), then shot frames, transition frames and card frames.
/// </summary>
internal static class FilmDrawCost
{
    public static void Run(string presetName)
    {
        var preset = RenderPresets.Find(presetName) ?? throw new ArgumentException($"no preset '{presetName}'");
        var project = SampleFilm.Folder();
        var film = SampleFilm.Load();
        var timeline = TimelinePlanner.Plan(film).Timeline ?? throw new InvalidOperationException("the sample film does not plan");
        Console.WriteLine($"\n== film: per-frame draw cost of {project} at {preset.Name} {preset.WidthPixels}x{preset.HeightPixels}, one thread, CPU ms");

        using var drawer = new FilmFrameDrawer(film, timeline, preset.WidthPixels, preset.HeightPixels, new FilmFrameOptions { ReframeVertical = preset.ReframeVertical }, new LegacyPress.Render.Cards.CardArtist());
        using var surface = SKSurface.Create(new SKImageInfo(preset.WidthPixels, preset.HeightPixels, SKColorType.Bgra8888, SKAlphaType.Premul))!;
        var schedule = new FrameSchedule(timeline);
        var frames = Enumerable.Range(0, timeline.TotalFrames).ToList();
        var shots = frames.Where(f => schedule.At(f) is FrameContent.Single { Segment: ShotSegment }).ToList();
        var blends = frames.Where(f => schedule.At(f) is FrameContent.Blend).ToList();
        var cards = frames.Where(f => schedule.At(f) is FrameContent.Single { Segment: CardSegment }).ToList();

        var first = Time(surface, drawer, timeline.Shots.Select(s => s.StartFrame + s.FrameCount / 2).ToList());
        Console.WriteLine($"first draw of each shot (decode + pre-scale)  {first,7:0.0} ms");
        foreach (var (name, list) in new[] { ("shot frames", shots), ("transition frames", blends), ("card frames", cards) })
        {
            var sample = list.Where((_, i) => i % Math.Max(1, list.Count / 60) == 0).ToList();
            Console.WriteLine($"{name,-45} {Time(surface, drawer, sample),7:0.0} ms  ({sample.Count} sampled of {list.Count})");
        }
    }

    private static double Time(SKSurface surface, FilmFrameDrawer drawer, List<int> frames)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var frame in frames)
        {
            surface.Canvas.Clear(SKColors.Black);
            drawer.Draw(frame, surface.Canvas);
            surface.Canvas.Flush();
        }
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds / Math.Max(1, frames.Count);
    }
}
