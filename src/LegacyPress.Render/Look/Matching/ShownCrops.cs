using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Look.Colour;
using SkiaSharp;

namespace LegacyPress.Render.Look.Matching;

/// <summary>
/// What each shot actually shows, for look analysis: its still painted by the film's own <see cref="ShotPainter"/>
/// (so the framing is the camera move's, cover or contain) on its first, middle and last frame, at a small frame of
/// the film's shape. The look is measured on these pixels, not on the whole file: a close-up on a face in a wide
/// still has the face's colours. Decodes each still once, at the detail the analysis size needs.
/// </summary>
public sealed class ShownCrops : IDisposable
{
    /// <summary>
    /// Analysis frames are this wide, in the film's shape: 320x180 for 16:9, three of them, 172,800 pixels: plenty for
    /// colour statistics, and small enough to keep every shot's in memory for the before/after figures and the
    /// report's thumbnails.
    /// </summary>
    public const int WidthPixels = 320;

    /// <summary>A still narrower or shorter than this has too little of its own detail to measure a look from.</summary>
    public const int MinimumStillPixels = 64;

    private static readonly double[] Moments = [0, 0.5, 1];

    private readonly StillLibrary stills;
    private readonly ShotPainter painter;
    private readonly SKSizeI size;

    public ShownCrops(Film film, Timeline timeline)
    {
        var height = Math.Max(16, (int)Math.Round(WidthPixels / film.Output.AspectRatio));
        size = new SKSizeI(WidthPixels, height);
        stills = new StillLibrary(path => Path.IsPathRooted(path) ? path : film.Project.Resolve(path), FilmFrameDrawer.DetailFor(timeline, size), size);
        painter = new ShotPainter(stills, size, reframe: false);
    }

    /// <summary>The analysis frame size.</summary>
    public PixelSize FrameSize => new(size.Width, size.Height);

    /// <summary>
    /// The shot's three frames, one under the other: BGRA bytes, <see cref="WidthPixels"/> wide, 3 x the frame height
    /// tall, rows packed (no padding). A contain shot's backdrop is part of what it shows, so it is included.
    /// </summary>
    /// <exception cref="Media.ImageRefusedException">The still cannot be read.</exception>
    /// <exception cref="LookAnalysisException">The still is smaller than <see cref="MinimumStillPixels"/> either way.</exception>
    public byte[] Of(ShotSegment shot)
    {
        using (var lease = stills.Rent(shot.Shot.ImagePath))
        {
            var source = lease.Still.SourceSize;
            if (source.Width < MinimumStillPixels || source.Height < MinimumStillPixels)
            {
                throw new LookAnalysisException(LookAnalysisProblem.TooFewPixels,
                    $"the still is {source.Width}x{source.Height}, too small to measure its look (at least {MinimumStillPixels}x{MinimumStillPixels})");
            }
        }
        var frameBytes = size.Width * size.Height * 4;
        var pixels = new byte[frameBytes * Moments.Length];
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Bgra8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        for (var i = 0; i < Moments.Length; i++)
        {
            using (var canvas = new SKCanvas(bitmap))
            {
                canvas.Clear(SKColors.Black);
                var frame = shot.StartFrame + (int)Math.Round(Moments[i] * Math.Max(0, shot.FrameCount - 1));
                painter.Paint(canvas, shot, frame);
                canvas.Flush();
            }
            bitmap.GetPixelSpan().CopyTo(pixels.AsSpan(i * frameBytes, frameBytes));
        }
        return pixels;
    }

    public void Dispose() => stills.Dispose();
}
