using LegacyPress.TestSupport;
using System.Diagnostics;
using System.Globalization;
using LegacyPress.Release;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Films;
using LegacyPress.Render.Films.Segments;
using LegacyPress.Render.Media;
using LegacyPress.Render.Tools;

namespace LegacyPress.Bench;

/// <summary>
/// Issue 8's incremental render on a synthetic 3-minute film (<see cref="SyntheticFilm"/>), drawn by the CLI's own
/// drawer and rendered by <see cref="SegmentedFilmRenderer"/>: (a) a full render, (b) the same with nothing changed,
/// (c) one shot's motion changed in the middle. Each run loads and plans the project afresh, as a real re-release
/// does. Prints (c)/(a) against the "≤ 0.20" target, the pieces re-rendered, the joined film's frame count against
/// the timeline's, and the process's peak working set against issue 3's "&lt; 1 GiB".
/// </summary>
internal static class IncrementalRender
{
    private const double MemoryTargetBytes = 1L << 30;

    public static async Task RunAsync(string folder, string presetName)
    {
        var preset = RenderPresets.Find(presetName) ?? throw new ArgumentException($"no preset '{presetName}' (one of {string.Join(", ", RenderPresets.Names)})");
        var film = new SyntheticFilm(Path.Combine(folder, "project"));
        var stills = Stopwatch.StartNew();
        film.DrawStills();
        film.WriteYaml();
        Console.WriteLine($"\n== incremental: synthetic film of {SyntheticFilm.ShotCount} shots x {film.ShotSeconds:0} s, 4000x3000 JPEG stills "
            + $"(drawn in {stills.Elapsed.TotalSeconds:0.0} s), segmented render at {preset.Name} {preset.WidthPixels}x{preset.HeightPixels}");
        // Peak memory should be the render's, not the still generator's: Linux resets the high-water mark on request.
        ResetPeakWorkingSet();

        var segments = Path.Combine(folder, "segments");
        var output = Path.Combine(folder, "out");
        Directory.CreateDirectory(segments);
        var full = await RenderAsync("(a) full render", film.Folder, preset, segments, output);
        var unchanged = await RenderAsync("(b) nothing changed", film.Folder, preset, segments, output);
        film.WriteYaml(changedShot: SyntheticFilm.MiddleShot);
        var oneShot = await RenderAsync($"(c) shot-{SyntheticFilm.MiddleShot:00} motion changed", film.Folder, preset, segments, output);

        var probed = await CountFramesAsync(oneShot.Result.OutputPath);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var ratio = oneShot.Seconds / full.Seconds;
        Console.WriteLine();
        Program.Ratio("one shot changed / full render", ratio, "<= 0.20", ratio <= 0.20);
        Console.WriteLine($"{"pieces re-rendered: nothing changed",-40} {unchanged.Result.PiecesRendered,7}   target 0: {(unchanged.Result.PiecesRendered == 0 ? "ok" : "MISSED")}");
        Console.WriteLine($"{"pieces re-rendered: one shot changed",-40} {oneShot.Result.PiecesRendered,7}   of {oneShot.Result.Pieces} ({oneShot.Result.FramesRendered} of {oneShot.Result.TotalFrames} frames)");
        Console.WriteLine($"{"joined film frames (ffprobe)",-40} {probed,7}   timeline {oneShot.Result.TotalFrames}: {(probed == oneShot.Result.TotalFrames ? "ok" : "MISSED")}");
        Console.WriteLine($"{"peak working set (this process)",-40} {peak / 1048576.0,7:0} MiB   target < 1024 MiB: {(peak < MemoryTargetBytes ? "ok" : "MISSED")}"
            + $"   (managed heap now {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:0} MiB; ffmpeg's own memory not counted)");
    }

    private static async Task<(SegmentedRenderResult Result, double Seconds)> RenderAsync(string name, string project, RenderPreset preset, string segments, string output)
    {
        var clock = Stopwatch.StartNew();
        var load = new FilmLoader(new MediaInspector()).Load(project);
        var film = load.Ok ? load.Film! : throw new InvalidOperationException("the synthetic film does not load:\n" + string.Join('\n', load.Diagnostics));
        var timeline = TimelinePlanner.Plan(film).Timeline ?? throw new InvalidOperationException("the synthetic film does not plan");
        var result = await new SegmentedFilmRenderer(FrameDrawers.Film, segments, "bench")
            .RenderAsync(new RenderRequest(film, timeline, preset, output));
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{name,-40} {seconds,7:0.00} s   {result.PiecesRendered,3} of {result.Pieces} pieces, {result.FramesRendered} of {result.TotalFrames} frames rendered");
        return (result, seconds);
    }

    private static async Task<int> CountFramesAsync(string file)
    {
        var result = await ExternalTool.RunAsync("ffprobe",
            ["-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", file], CancellationToken.None);
        return int.Parse(result.StandardOutput.Trim(), CultureInfo.InvariantCulture);
    }

    private static void ResetPeakWorkingSet()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.WriteLine("(could not reset the peak working set: it includes drawing the stills)");
        }
    }
}
