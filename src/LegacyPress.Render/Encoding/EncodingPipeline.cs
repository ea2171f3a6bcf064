using LegacyPress.Core.Files;
using System.Diagnostics;
using LegacyPress.Render.Frames;
using SkiaSharp;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// Draws frames in parallel (as many threads as the x264 preset leaves room for) into a small ring of reusable yuv420p
/// buffers and streams them, in order, into one ffmpeg process that encodes while the next frames are drawn. Memory
/// stays flat however long the film: at most two frames per drawing thread exist at once.
/// </summary>
public sealed class EncodingPipeline
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(100);

    /// <param name="drawingThreads">Fixed for every encode; by default each encode chooses by its x264 preset (<see cref="Encoding.DrawingThreads"/>).</param>
    public EncodingPipeline(FfmpegTool? ffmpeg = null, int? drawingThreads = null, EncodedFileCheck? check = null)
    {
        Ffmpeg = ffmpeg ?? FfmpegTool.Default;
        FixedDrawingThreads = drawingThreads is { } n ? Math.Max(1, n) : null;
        Check = check ?? new EncodedFileCheck();
    }

    public FfmpegTool Ffmpeg { get; }

    /// <summary>What every encoded file is checked against before it replaces the previous one.</summary>
    public EncodedFileCheck Check { get; }

    public int? FixedDrawingThreads { get; }

    /// <summary>The drawing threads an encode with <paramref name="x264"/> uses.</summary>
    public int DrawingThreadsFor(X264Settings x264) => FixedDrawingThreads ?? DrawingThreads.For(x264.Preset, Environment.ProcessorCount);

    /// <summary>
    /// Encodes <paramref name="frames"/> of <paramref name="drawer"/> to <paramref name="outputPath"/> (MP4, H.264).
    /// The file appears only when the encode succeeded and the result has every frame (see <see cref="EncodedFileCheck"/>);
    /// on failure or cancellation any previous file is left as it was.
    /// </summary>
    /// <exception cref="RenderException">ffmpeg is missing or failed, a frame could not be drawn, or the file came out incomplete.</exception>
    /// <exception cref="OutputWriteException">The output folder is full, read-only or not writable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> fired; ffmpeg was stopped and the partial file deleted.</exception>
    public async Task EncodeAsync(
        IFrameDrawer drawer,
        FrameRange frames,
        X264Settings x264,
        string outputPath,
        AudioInput? audio = null,
        IProgress<RenderProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(drawer);
        if (frames.Count <= 0 || frames.StartFrame < 0 || frames.EndFrame > drawer.FrameCount)
        {
            throw new ArgumentOutOfRangeException(nameof(frames), frames, $"the film has frames 0..{drawer.FrameCount - 1}");
        }
        cancellation.ThrowIfCancellationRequested();

        var video = new RawVideoInput(drawer.WidthPixels, drawer.HeightPixels, drawer.FrameRate);
        using var output = new OutputFile(outputPath);
        // Made here so a folder that cannot be written fails now, with the file system's reason, not after ffmpeg starts.
        output.Create().Dispose();
        var job = new EncodeJob(video, x264, frames.Count, output.TemporaryPath) { Audio = audio };

        using var ffmpeg = FfmpegProcess.Start(Ffmpeg, FfmpegArguments.For(job));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        // Killing ffmpeg is what unblocks a write into a full pipe, so it is the first thing a stop does.
        using var killOnStop = stop.Token.Register(ffmpeg.Kill);

        var threads = DrawingThreadsFor(x264);
        var pipe = FramePipe.Open(ffmpeg.Input);
        // Two frames in flight per drawing thread, so the writer always has the next one ready, and as many more as
        // the pipe may still be reading from (see FramePipe).
        var held = (pipe.HeldBytes + video.FrameBytes - 1) / video.FrameBytes;
        var ring = new FrameRing(Math.Min(2 * threads + held, frames.Count), video.FrameBytes);
        var drawing = new DrawingWork(drawer, frames, ring, stop);
        var workers = Enumerable.Range(0, Math.Min(threads, frames.Count))
            .Select(_ => Task.Factory.StartNew(drawing.Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();

        Exception? writeFailure = null;
        try
        {
            // Writes block until ffmpeg has read, so they have a thread of their own.
            await Task.Factory.StartNew(() => WriteInOrder(pipe, frames.Count, ring, progress, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
            await ffmpeg.Input.FlushAsync(stop.Token).ConfigureAwait(false);
            ffmpeg.Input.Close();
            var exitCode = await ffmpeg.WaitForExitAsync(stop.Token).ConfigureAwait(false);
            if (exitCode != 0)
            {
                throw Failed(ffmpeg, output, $"ffmpeg failed (exit code {exitCode})");
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            writeFailure = e;
        }
        finally
        {
            stop.Cancel();
            await Task.WhenAll(workers.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
            ffmpeg.KillAndWait();
            // The pipe holds the pages of the last frames written until ffmpeg has read them (FramePipe splices), so the
            // ring may not be collected, and its memory given to other objects, before ffmpeg is gone.
            GC.KeepAlive(ring);
        }

        if (writeFailure is not null)
        {
            // Order matters: a drawer's exception explains the stop better than the write it interrupted;
            // the caller's cancellation is not a failure; only then is a broken pipe ffmpeg's fault.
            if (drawing.Failure is { } drawFailure)
            {
                throw drawFailure;
            }
            cancellation.ThrowIfCancellationRequested();
            // Ctrl+C in a terminal signals ffmpeg too, and it may die before our own token fires.
            if (ffmpeg.StderrTail().Contains("received signal", StringComparison.Ordinal))
            {
                throw new OperationCanceledException("ffmpeg was interrupted", writeFailure);
            }
            throw Failed(ffmpeg, output, "ffmpeg stopped before the film was encoded");
        }

        await Check.VerifyAsync(output, frames.Count, audio is not null, ffmpeg.StderrTail(), cancellation).ConfigureAwait(false);
        output.Commit();
    }

    /// <summary>
    /// Sends the frames to ffmpeg in order as they are drawn. A frame's slot is free again once the pipe can no longer
    /// hold any of it: at once when writes copy, after <see cref="FramePipe.HeldBytes"/> more bytes when they splice.
    /// </summary>
    private static void WriteInOrder(FramePipe pipe, int count, FrameRing ring, IProgress<RenderProgress>? progress, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        var sent = 0L;
        var unread = new Queue<(Slot Slot, long End)>();
        for (var i = 0; i < count; i++)
        {
            var slot = ring.Slot(i);
            slot.Ready.Wait(cancellation);
            pipe.Write(slot.Buffer);
            sent += slot.Buffer.Length;
            unread.Enqueue((slot, sent));
            while (unread.Count > 0 && unread.Peek().End + pipe.HeldBytes <= sent)
            {
                unread.Dequeue().Slot.Free.Release();
            }

            var elapsed = clock.Elapsed;
            if (progress is not null && (elapsed - lastReport >= ProgressInterval || i == count - 1))
            {
                lastReport = elapsed;
                var done = i + 1;
                progress.Report(new RenderProgress(done, count, done / Math.Max(elapsed.TotalSeconds, 1e-9), elapsed));
            }
        }
    }

    /// <summary>A full disk or read-only folder named as such (ffmpeg says so on stderr); anything else with ffmpeg's last lines.</summary>
    private static Exception Failed(FfmpegProcess ffmpeg, OutputFile output, string what)
    {
        var tail = ffmpeg.StderrTail();
        if (WriteFailures.FromToolOutput(tail) is { } reason)
        {
            return new OutputWriteException(output.FinalPath, reason);
        }
        return new RenderException(tail.Length == 0 ? what : $"{what}:{Environment.NewLine}{tail}");
    }

    /// <summary>The ring of frame buffers: frame i lives in slot i mod n, free again once the writer has sent it.</summary>
    private sealed class FrameRing
    {
        private readonly Slot[] slots;

        public FrameRing(int count, int frameBytes)
        {
            slots = Enumerable.Range(0, count).Select(_ => new Slot(FramePipe.NewBuffer(frameBytes))).ToArray();
        }

        public Slot Slot(int frame) => slots[frame % slots.Length];
    }

    private sealed record Slot(byte[] Buffer)
    {
        public SemaphoreSlim Free { get; } = new(1, 1);

        public SemaphoreSlim Ready { get; } = new(0, 1);
    }

    /// <summary>
    /// What every drawing thread does: take the next frame number and its slot, draw, convert.
    /// Taking a number and claiming its slot is one step under a lock: otherwise a thread paused between the two
    /// could see a later frame (same slot, one lap ahead) claim the slot first, and the two frames would be
    /// written swapped. Slots free up in frame order anyway, so claiming in order costs no parallelism.
    /// </summary>
    private sealed class DrawingWork(IFrameDrawer drawer, FrameRange frames, FrameRing ring, CancellationTokenSource stop)
    {
        private readonly object claims = new();
        private int next = -1;

        public RenderException? Failure { get; private set; }

        public void Run()
        {
            using var raster = new RasterFrame(drawer.WidthPixels, drawer.HeightPixels);
            var band = BandedYuv420.NewBuffer(drawer.WidthPixels);
            var canvas = raster.Canvas;
            var token = stop.Token;
            while (!token.IsCancellationRequested)
            {
                int i;
                Slot slot;
                lock (claims)
                {
                    i = ++next;
                    if (i >= frames.Count)
                    {
                        return;
                    }
                    slot = ring.Slot(i);
                    try
                    {
                        slot.Free.Wait(token);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }
                var frame = frames.StartFrame + i;
                try
                {
                    using var bands = drawer.BandsOf(frame);
                    if (bands is not null)
                    {
                        BandedYuv420.Convert(bands, drawer.WidthPixels, drawer.HeightPixels, band, slot.Buffer);
                    }
                    else
                    {
                        if (!drawer.CoversFrame)
                        {
                            canvas.Clear(SKColors.Black);
                        }
                        canvas.Save();
                        drawer.Render(frame, raster);
                        canvas.RestoreToCount(1);
                        Yuv420Converter.FromBgra(raster.Pixels(), raster.RowBytes, raster.WidthPixels, raster.HeightPixels, slot.Buffer);
                    }
                }
                catch (Exception e)
                {
                    lock (this)
                    {
                        Failure ??= new RenderException($"drawing frame {frame} failed: {e.Message}", e);
                    }
                    stop.Cancel();
                    return;
                }
                slot.Ready.Release();
            }
        }
    }
}
