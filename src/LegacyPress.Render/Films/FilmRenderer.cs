using System.Diagnostics;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Frames;

namespace LegacyPress.Render.Films;

/// <summary>Renders a planned film to an MP4: picks the frames, makes the drawer, runs the encoding pipeline.</summary>
public sealed class FilmRenderer(FrameDrawerFactory drawers, EncodingPipeline? pipeline = null)
{
    private readonly EncodingPipeline pipeline = pipeline ?? new EncodingPipeline();

    /// <exception cref="RenderException">The range is empty, ffmpeg is missing or failed, or a frame could not be drawn.</exception>
    public async Task<RenderResult> RenderAsync(RenderRequest request, IProgress<RenderProgress>? progress = null, CancellationToken cancellation = default)
    {
        var timeline = request.Timeline;
        var frames = FrameRange.FromSeconds(request.FromSeconds, request.ToSeconds, timeline.FrameRate, timeline.TotalFrames)
            ?? throw new RenderException(
                $"the range {request.FromSeconds ?? 0:0.###}s–{request.ToSeconds ?? timeline.RuntimeSeconds:0.###}s holds no frame of a {timeline.RuntimeSeconds:0.###}s film");
        if (request.AudioPath is { } audio && !File.Exists(audio))
        {
            throw new RenderException($"the audio mix {audio} does not exist");
        }

        var clock = Stopwatch.StartNew();
        var drawer = request.MakeDrawer(drawers);
        try
        {
            CheckDrawer(drawer, request.Preset, timeline.TotalFrames);
            await pipeline.EncodeAsync(
                drawer,
                frames,
                request.Preset.X264,
                request.OutputPath,
                request.AudioPath is null ? null : new AudioInput(request.AudioPath) { StartSeconds = timeline.Seconds(frames.StartFrame) },
                progress,
                cancellation).ConfigureAwait(false);
        }
        finally
        {
            (drawer as IDisposable)?.Dispose();
        }
        return new RenderResult(Path.GetFullPath(request.OutputPath), request.Preset, frames, timeline.FrameRate, clock.Elapsed);
    }

    public static void CheckDrawer(IFrameDrawer drawer, RenderPreset preset, int totalFrames)
    {
        if (drawer.WidthPixels != preset.WidthPixels || drawer.HeightPixels != preset.HeightPixels || drawer.FrameCount != totalFrames)
        {
            throw new InvalidOperationException(
                $"the frame drawer makes {drawer.FrameCount} frames of {drawer.WidthPixels}x{drawer.HeightPixels}; " +
                $"the {preset.Name} render needs {totalFrames} of {preset.WidthPixels}x{preset.HeightPixels}");
        }
    }
}
