using System.Diagnostics;
using LegacyPress.Core.Planning;
using LegacyPress.Release;
using LegacyPress.Render.Cards;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Frames;
using LegacyPress.Render.Look;
using SkiaSharp;

namespace LegacyPress.Bench;

/// <summary>
/// Where a frame's CPU goes, stage by stage, on the sample film's 60–80 s at <c>final</c> (1920x1080): the
/// composition (stills, transitions, cards), each part of the look, the copy back to the frame, the RGB→YUV
/// conversion and the pipe to the encoder. Each stage runs alone over the same 60 frames; CPU time of the whole
/// process (and of the pipe's reader), so a stage that uses several threads is charged for all of them.
/// </summary>
internal static class StageCost
{
    private const int Sampled = 60;

    public static void Run()
    {
        var preset = RenderPresets.Final;
        var film = SampleFilm.Load();
        var timeline = TimelinePlanner.Plan(film).Timeline!;
        var range = FrameRange.FromSeconds(60, 80, timeline.FrameRate, timeline.TotalFrames)!.Value;
        var frames = Enumerable.Range(0, Sampled).Select(i => range.StartFrame + i * range.Count / Sampled).ToList();
        int width = preset.WidthPixels, height = preset.HeightPixels;
        Console.WriteLine($"\n== stages: CPU ms per frame on samples/legacy 60–80 s at final {width}x{height} ({Sampled} frames sampled of {range.Count})");

        using var drawer = new FilmFrameDrawer(film, timeline, width, height, new FilmFrameOptions(), new CardArtist());
        var info = new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)!;
        using var pixels = surface.PeekPixels();
        var drawn = frames.Select(_ => new SKBitmap(info)).ToList();

        // First draws decode and pre-scale the stills; that is a per-still cost, not a per-frame one.
        foreach (var frame in frames)
        {
            drawer.Draw(frame, surface.Canvas);
        }
        Row("composition (stills, transitions, cards)", Cpu(() =>
        {
            for (var i = 0; i < frames.Count; i++)
            {
                using var canvas = new SKCanvas(drawn[i]);
                canvas.Clear(SKColors.Black);
                drawer.Draw(frames[i], canvas);
                canvas.Flush();
            }
        }));
        // What the encoding pipeline runs: into a raster frame, where moving shots are resampled straight into its pixels.
        using (var raster = new RasterFrame(width, height))
        {
            Row("composition into a raster frame (as rendered)", Cpu(() =>
            {
                foreach (var frame in frames)
                {
                    ((IFrameDrawer)drawer).Render(frame, raster);
                    raster.Canvas.Flush();
                }
            }));
        }

        var look = film.Look;
        var lut = string.IsNullOrWhiteSpace(look.LutPath) ? null : CubeLut.Load(film.Project.Resolve(look.LutPath));
        // Once per render: the LUT baked into its table (on all cores), so charged once, not per frame.
        var setup = CpuClock.Now();
        var lutOnly = new LookProcessor(width, height, lut, look.LutStrength, 0, 0, look.GrainSeed, false);
        var built = CpuClock.Now() - setup;
        Console.WriteLine($"{"look: LUT table, once per render (wall / CPU)",-44} {built.Wall.TotalMilliseconds,7:0} ms / {built.Cpu.TotalMilliseconds:0} ms");
        var parts = new (string Name, LookProcessor Look)[]
        {
            ("look: LUT", lutOnly),
            ("look: vignette", new LookProcessor(width, height, null, 0, look.VignetteAmount, 0, look.GrainSeed, false)),
            ("look: grain", new LookProcessor(width, height, null, 0, 0, look.GrainAmount, look.GrainSeed, false)),
            ("look: all together (as rendered)", LookProcessor.Create(look, film.Project, width, height)),
        };
        // The tiered JIT optimises Apply fully only after ~30 calls; without this the first look row pays for it.
        using (var scratch = drawn[0].Copy())
        {
            for (var i = 0; i < 40; i++)
            {
                parts[^1].Look.Apply(scratch.GetPixelSpan(), scratch.RowBytes, i);
            }
        }
        if (lut is not null)
        {
            // The per-shot colour match's pass (issue 17), the same tetrahedral LUT at full strength and nothing else.
            var grader = new CubeGrader(lut);
            var copies = drawn.Select(b => b.Copy()).ToList();
            Row("colour match alone (CubeGrader)", Cpu(() =>
            {
                foreach (var copy in copies)
                {
                    using var pixmap = copy.PeekPixels();
                    grader.Apply(BgraPixels.Of(pixmap));
                }
            }));
            copies.ForEach(c => c.Dispose());
        }
        foreach (var (name, processor) in parts)
        {
            var copies = drawn.Select(b => b.Copy()).ToList();
            Row(name, Cpu(() =>
            {
                for (var i = 0; i < copies.Count; i++)
                {
                    processor.Apply(copies[i].GetPixelSpan(), copies[i].RowBytes, frames[i]);
                }
            }));
            copies.ForEach(c => c.Dispose());
        }

        Row("copy of the graded frame onto the frame", Cpu(() =>
        {
            foreach (var bitmap in drawn)
            {
                surface.Canvas.DrawBitmap(bitmap, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
                surface.Canvas.Flush();
            }
        }));

        // A small ring of buffers written once beforehand, as the pipeline's slots are: a fresh array per frame would
        // charge the conversion for the kernel's first-touch page faults.
        var yuv = Enumerable.Range(0, 4).Select(_ => new byte[Yuv420Converter.FrameBytes(width, height)]).ToList();
        yuv.ForEach(buffer => Array.Fill(buffer, (byte)16));
        Row("RGB → YUV 4:2:0", Cpu(() =>
        {
            for (var i = 0; i < drawn.Count; i++)
            {
                Yuv420Converter.FromBgra(drawn[i].GetPixelSpan(), drawn[i].RowBytes, width, height, yuv[i % yuv.Count]);
            }
        }));

        foreach (var enlarged in new[] { false, true })
        {
            Row($"pipe to the encoder (cat > /dev/null), {(enlarged ? "1 MiB" : "64 KiB")} pipe", Cpu(() =>
            {
                var start = new ProcessStartInfo("sh", ["-c", "cat > /dev/null"]) { RedirectStandardInput = true, UseShellExecute = false };
                using var reader = Process.Start(start)!;
                if (enlarged && !PipeCapacity.TryEnlarge(reader.StandardInput.BaseStream))
                {
                    Console.WriteLine($"  (the pipe could not be enlarged: {reader.StandardInput.BaseStream.GetType().Name})");
                }
                for (var i = 0; i < Sampled; i++)
                {
                    reader.StandardInput.BaseStream.Write(yuv[i % yuv.Count]);
                }
                reader.StandardInput.Close();
                reader.WaitForExit();
            }));
        }
        // As rendered: the frames' own pages handed to the pipe (pinned buffers, as the pipeline's slots are).
        var pinned = yuv.Select(buffer => { var copy = FramePipe.NewBuffer(buffer.Length); buffer.CopyTo(copy, 0); return copy; }).ToList();
        Row("pipe to the encoder (cat > /dev/null), 1 MiB, vmsplice", Cpu(() =>
        {
            var start = new ProcessStartInfo("sh", ["-c", "cat > /dev/null"]) { RedirectStandardInput = true, UseShellExecute = false };
            using var reader = Process.Start(start)!;
            PipeCapacity.TryEnlarge(reader.StandardInput.BaseStream);
            var pipe = FramePipe.Open(reader.StandardInput.BaseStream);
            for (var i = 0; i < Sampled; i++)
            {
                // Four buffers and a 1 MiB pipe: a buffer is long read by the time it comes round again.
                pipe.Write(pinned[i % pinned.Count]);
            }
            reader.StandardInput.Close();
            reader.WaitForExit();
        }));
        drawn.ForEach(b => b.Dispose());
        FrameToYuv(film, timeline, preset, frames, yuv);
    }

    /// <summary>
    /// The whole drawing thread's work per frame, composition, look and conversion, as the pipeline does it: whole
    /// frames through a raster frame, then with the frames that can be painted in bands (moving shots with nothing
    /// over them) painted, graded and converted a band at a time.
    /// </summary>
    private static void FrameToYuv(Core.Model.Film film, Timeline timeline, RenderPreset preset, List<int> frames, List<byte[]> yuv)
    {
        int width = preset.WidthPixels, height = preset.HeightPixels;
        using var drawer = (IDisposable)FrameDrawers.Film(film, timeline, preset);
        var frameDrawer = (IFrameDrawer)drawer;
        using var raster = new RasterFrame(width, height);
        var band = BandedYuv420.NewBuffer(width);
        void Whole(int i)
        {
            frameDrawer.Render(frames[i], raster);
            Yuv420Converter.FromBgra(raster.Pixels(), raster.RowBytes, width, height, yuv[i % yuv.Count]);
        }
        for (var i = 0; i < frames.Count; i++)
        {
            Whole(i);
        }
        Row("frame to YUV: composition, look, conversion (whole)", Cpu(() =>
        {
            for (var i = 0; i < frames.Count; i++)
            {
                Whole(i);
            }
        }));
        var banded = 0;
        Row("frame to YUV, in bands where it can be (as rendered)", Cpu(() =>
        {
            banded = 0;
            for (var i = 0; i < frames.Count; i++)
            {
                using var bands = frameDrawer.BandsOf(frames[i]);
                if (bands is null)
                {
                    Whole(i);
                    continue;
                }
                banded++;
                BandedYuv420.Convert(bands, width, height, band, yuv[i % yuv.Count]);
            }
        }));
        Console.WriteLine($"  ({banded} of the {frames.Count} frames in bands)");
    }

    private static void Row(string stage, double ms) => Console.WriteLine($"{stage,-52} {ms,7:0.00} ms");

    private static double Cpu(Action run)
    {
        var before = CpuClock.Now();
        run();
        return (CpuClock.Now() - before).Cpu.TotalMilliseconds / Sampled;
    }
}
