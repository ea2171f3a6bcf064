using LegacyPress.Render.Encoding;
using LegacyPress.Render.Tests.Support;
using LegacyPress.TestSupport;
using LegacyPress.TestSupport.Measurement;

namespace LegacyPress.Render.Tests.Encoding;

public class EncodingPipelineTests
{
    private static readonly X264Settings Fast = new(X264Preset.Ultrafast, 23);

    [Fact]
    public async Task A_short_film_encodes_to_h264_high_bt709_with_the_exact_frame_count_and_duration()
    {
        using var folder = new TempFolder();
        var drawer = new MovingGradientDrawer(320, 180, 30, 45);
        var reports = new List<RenderProgress>();
        var progress = new SynchronousProgress<RenderProgress>(reports.Add);

        await new EncodingPipeline(drawingThreads: 2).EncodeAsync(drawer, FrameRange.All(45), Fast, folder.File("film.mp4"), progress: progress);

        var probed = Ffprobe.Probe(folder.File("film.mp4"));
        Assert.Equal("h264", probed.Codec);
        Assert.Equal("High", probed.Profile);
        Assert.Equal("yuv420p", probed.PixelFormat);
        Assert.Equal(("bt709", "bt709", "bt709", "tv"), (probed.ColorSpace, probed.ColorPrimaries, probed.ColorTransfer, probed.ColorRange));
        Assert.Equal((320, 180), (probed.Width, probed.Height));
        Assert.Equal("30/1", probed.FrameRate);
        Assert.Equal(45, probed.Frames);
        Assert.Equal(1.5, probed.DurationSeconds, 3);
        Assert.Equal(["film.mp4"], folder.Names());
        Assert.Equal(45, reports[^1].FramesDone);
        Assert.Equal(45, reports[^1].TotalFrames);
    }

    /// <summary>
    /// The pipe is handed the frames' own buffers (vmsplice) and ffmpeg reads them later, so a buffer drawn on too soon
    /// would change a frame after it was sent. Small frames (the 1 MiB pipe holds over a hundred) and frames bigger
    /// than the pipe, each a flat grey of its own, encoded nearly losslessly and read back: every frame its own grey, in order.
    /// </summary>
    [Theory]
    [InlineData(64, 48, 240)]
    [InlineData(1024, 768, 40)]
    public async Task Every_frame_reaches_ffmpeg_intact_and_in_order_however_many_the_pipe_holds(int width, int height, int frames)
    {
        using var folder = new TempFolder();
        var drawer = new FlatGreyDrawer(width, height, frames);

        await new EncodingPipeline(drawingThreads: 2).EncodeAsync(drawer, FrameRange.All(frames), new X264Settings(X264Preset.Ultrafast, 4), folder.File("film.mp4"));

        var seen = new List<int>();
        await foreach (var luma in VideoFrames.ReadLumaAsync(folder.File("film.mp4"), width, height))
        {
            seen.Add((int)Math.Round(luma.Values.Average()));
        }
        Assert.Equal(Enumerable.Range(0, frames).Select(FlatGreyDrawer.LumaOf), seen);
    }

    [Fact]
    public async Task A_range_encodes_only_its_frames()
    {
        using var folder = new TempFolder();
        var drawn = new System.Collections.Concurrent.ConcurrentBag<int>();
        var drawer = new ObservedDrawer(new MovingGradientDrawer(160, 90, 25, 100), drawn.Add);

        await new EncodingPipeline(drawingThreads: 2).EncodeAsync(drawer, new FrameRange(40, 60), Fast, folder.File("film.mp4"));

        Assert.Equal(Enumerable.Range(40, 20), drawn.Order());
        Assert.Equal(20, Ffprobe.Probe(folder.File("film.mp4")).Frames);
    }

    [Fact]
    public async Task A_drawer_that_fails_leaves_the_previous_film_byte_identical()
    {
        using var folder = new TempFolder();
        var film = folder.File("film.mp4");
        var pipeline = new EncodingPipeline(drawingThreads: 2);
        await pipeline.EncodeAsync(new MovingGradientDrawer(160, 90, 30, 10), FrameRange.All(10), Fast, film);
        var before = await File.ReadAllBytesAsync(film);

        var failing = new FailingDrawer(new MovingGradientDrawer(160, 90, 30, 60), failAt: 30);
        var error = await Assert.ThrowsAsync<RenderException>(() => pipeline.EncodeAsync(failing, FrameRange.All(60), Fast, film));

        Assert.Contains("drawing frame 30 failed: the still is corrupt", error.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(film));
        Assert.Equal(["film.mp4"], folder.Names());
    }

    [Fact]
    public async Task Cancelling_stops_ffmpeg_and_deletes_the_partial_file()
    {
        using var folder = new TempFolder();
        using var cancel = new CancellationTokenSource();
        var drawer = new ObservedDrawer(new MovingGradientDrawer(160, 90, 30, 10_000), frame =>
        {
            if (frame == 50)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new EncodingPipeline(drawingThreads: 2).EncodeAsync(drawer, FrameRange.All(10_000), Fast, folder.File("film.mp4"), cancellation: cancel.Token));

        Assert.Empty(folder.Names());
    }

    [Fact]
    public async Task A_missing_ffmpeg_is_reported_plainly()
    {
        using var folder = new TempFolder();
        var pipeline = new EncodingPipeline(new FfmpegTool("ffmpeg-that-is-not-installed"), drawingThreads: 1);

        var error = await Assert.ThrowsAsync<RenderException>(() =>
            pipeline.EncodeAsync(new MovingGradientDrawer(160, 90, 30, 5), FrameRange.All(5), Fast, folder.File("film.mp4")));

        Assert.Equal("ffmpeg was not found; install it (./build.sh does)", error.Message);
        Assert.Empty(folder.Names());
    }

    [Fact]
    public async Task An_ffmpeg_failure_quotes_its_last_words()
    {
        using var folder = new TempFolder();
        var missingAudio = folder.File("no-such-mix.wav");

        var error = await Assert.ThrowsAsync<RenderException>(() =>
            new EncodingPipeline(drawingThreads: 1).EncodeAsync(new MovingGradientDrawer(160, 90, 30, 5), FrameRange.All(5), Fast, folder.File("film.mp4"), new AudioInput(missingAudio)));

        Assert.StartsWith("ffmpeg", error.Message);
        Assert.Contains("No such file or directory", error.Message);
        Assert.Empty(folder.Names());
    }

    [Fact]
    public async Task An_audio_mix_is_muxed_and_cut_to_the_video_length()
    {
        using var folder = new TempFolder();
        var wav = folder.File("mix.wav");
        TestSounds.WriteSineWav(wav, seconds: 3);

        await new EncodingPipeline(drawingThreads: 2).EncodeAsync(new MovingGradientDrawer(160, 90, 30, 30), FrameRange.All(30), Fast, folder.File("film.mp4"), new AudioInput(wav));

        var probed = Ffprobe.Probe(folder.File("film.mp4"));
        Assert.Equal("aac", probed.AudioCodec);
        Assert.Equal(30, probed.Frames);
        Assert.InRange(probed.DurationSeconds, 0.99, 1.05);
    }

    [Fact]
    public async Task Audio_and_video_end_together_to_within_one_frame()
    {
        // Long enough that x264's lookahead holds frames back while AAC packets queue: the case that once cut audio short.
        using var folder = new TempFolder();
        var wav = folder.File("mix.wav");
        TestSounds.WriteSineWav(wav, seconds: 12);

        await new EncodingPipeline(drawingThreads: 2).EncodeAsync(new MovingGradientDrawer(160, 90, 30, 300), FrameRange.All(300), Fast, folder.File("film.mp4"), new AudioInput(wav));

        var probed = Ffprobe.Probe(folder.File("film.mp4"));
        Assert.Equal(300, probed.Frames);
        Assert.InRange(probed.AudioSeconds!.Value, probed.VideoSeconds - 1.0 / 30, probed.VideoSeconds + 1.0 / 30);
    }
}

/// <summary>An IProgress that reports on the calling thread (Progress&lt;T&gt; posts to the thread pool, racing the assertions).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

/// <summary>Frame i a flat grey of its own (a step of 3 code values, wrapping), so a frame out of place or overwritten shows.</summary>
internal sealed class FlatGreyDrawer(int width, int height, int frames) : LegacyPress.Render.Frames.IFrameDrawer
{
    public int WidthPixels => width;

    public int HeightPixels => height;

    public LegacyPress.Core.Model.FrameRate FrameRate => new(30);

    public int FrameCount => frames;

    /// <summary>The luma frame <paramref name="frameIndex"/> is sent as (the converter's own limited-range value for its grey).</summary>
    public static int LumaOf(int frameIndex)
    {
        var grey = (byte)GreyOf(frameIndex);
        byte[] bgra = [grey, grey, grey, 255, grey, grey, grey, 255, grey, grey, grey, 255, grey, grey, grey, 255];
        var yuv = new byte[Yuv420Converter.FrameBytes(2, 2)];
        Yuv420Converter.FromBgra(bgra, 8, 2, 2, yuv);
        return yuv[0];
    }

    public void Draw(int frameIndex, SkiaSharp.SKCanvas canvas)
    {
        var grey = (byte)GreyOf(frameIndex);
        canvas.Clear(new SkiaSharp.SKColor(grey, grey, grey));
    }

    private static int GreyOf(int frameIndex) => frameIndex * 3 % 256;
}
