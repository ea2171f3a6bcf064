using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Frames;
using LegacyPress.Render.Look;
using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// Paints one frame of a shot: its still placed where the shot's <see cref="CameraMove"/> is at that frame, through a
/// float matrix with filtered sampling, so the move is smooth to a fraction of a pixel.
/// </summary>
public sealed class ShotPainter(StillLibrary stills, SKSizeI frameSize, bool reframe)
{
    /// <summary>Below this reduction (drawn pixels per still pixel) plain bilinear sampling starts to alias.</summary>
    private const double MipmapBelowReduction = 0.5;

    private readonly PixelSize frame = new(frameSize.Width, frameSize.Height);

    /// <summary>Linear progress through <paramref name="shot"/>'s move at film frame <paramref name="frameIndex"/>: 0 on its first visible frame, 1 on its last.</summary>
    public static double ProgressAt(ShotSegment shot, int frameIndex) =>
        shot.FrameCount <= 1 ? 0 : Math.Clamp((double)(frameIndex - shot.StartFrame) / (shot.FrameCount - 1), 0, 1);

    public void Paint(SKCanvas canvas, ShotSegment shot, int frameIndex)
    {
        using var lease = stills.Rent(shot.Shot.ImagePath);
        var still = lease.Still;
        var matrix = MatrixAt(still, shot, frameIndex);
        var bounds = new SKRect(0, 0, frameSize.Width, frameSize.Height);

        if (shot.Shot.Fit == Fit.Contain)
        {
            var backdrop = still.Backdrop;
            canvas.DrawImage(backdrop, new SKRect(0, 0, backdrop.Width, backdrop.Height), bounds, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
            bounds = matrix.MapRect(new SKRect(0, 0, still.Image.Width, still.Image.Height));
            bounds.Intersect(new SKRect(0, 0, frameSize.Width, frameSize.Height));
        }

        // A clamped shader over the frame (rather than drawing the image) leaves no half-covered pixel at the
        // still's edge, whatever fraction of a pixel the view lands on.
        var antialias = shot.Shot.Fit == Fit.Contain;
        if (NeedsMipmaps(shot))
        {
            still.Mips.Draw(canvas, matrix, bounds, antialias);
            return;
        }
        using var shader = still.Image.ToShader(SKShaderTileMode.Clamp, SKShaderTileMode.Clamp, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), matrix);
        using var paint = new SKPaint { Shader = shader, IsAntialias = antialias };
        canvas.DrawRect(bounds, paint);
    }

    /// <summary>
    /// Paints the shot straight into a frame's pixels, as <see cref="Paint"/> would (the same bytes), when it can: a
    /// cover shot drawn bilinearly from an in-memory still. Returns false, having touched nothing, when Skia must draw
    /// it (contain, a trilinear move). The caller flushes its canvas first, and later canvas draws see these pixels.
    /// </summary>
    public bool TryPaint(BgraPixels target, ShotSegment shot, int frameIndex)
    {
        if (target.WidthPixels != frameSize.Width || target.HeightPixels != frameSize.Height)
        {
            throw new ArgumentException($"a {target.WidthPixels}x{target.HeightPixels} target for {frameSize.Width}x{frameSize.Height} frames");
        }
        using var bands = BandsOf(shot, frameIndex, grade: null);
        if (bands is null)
        {
            return false;
        }
        bands.Paint(0, target);
        return true;
    }

    /// <summary>
    /// The shot's frame as bands (<see cref="IFrameBands"/>), graded by <paramref name="grade"/> if given, when
    /// <see cref="TryPaint"/> could paint it; null otherwise. The bands hold the still until disposed.
    /// </summary>
    public IFrameBands? BandsOf(ShotSegment shot, int frameIndex, CubeGrader? grade)
    {
        if (shot.Shot.Fit != Fit.Cover || NeedsMipmaps(shot))
        {
            return null;
        }
        var lease = stills.Rent(shot.Shot.ImagePath);
        var still = lease.Still;
        var matrix = MatrixAt(still, shot, frameIndex);
        if (still.Pixels is not { } pixels || !BilinearResampler.Handles(matrix, pixels.Width, pixels.Height))
        {
            lease.Dispose();
            return null;
        }
        return new ShotBands(lease, pixels, new BilinearResampler(matrix, pixels.Width, pixels.Height, frameSize.Width, frameSize.Height), grade);
    }

    /// <summary>Where the still's pixels land on frame <paramref name="frameIndex"/>: the shot's camera move at that frame.</summary>
    private SKMatrix MatrixAt(Still still, ShotSegment shot, int frameIndex)
    {
        var move = new CameraMove(still.SourceSize, frame, shot.Motion, shot.Shot.Focus, shot.Shot.Fit, reframe);
        var view = move.At(ProgressAt(shot, frameIndex));
        return view.ImageToFrame(frame, still.PixelsPerSourcePixelX, still.PixelsPerSourcePixelY);
    }

    /// <summary>
    /// Bilinear from the pre-scaled still is enough while a move stays near the detail it was scaled for; a move
    /// spanning a wide zoom range is filtered trilinearly throughout (<see cref="MipChain"/>), so its filtering never
    /// changes mid-shot.
    /// </summary>
    private static bool NeedsMipmaps(ShotSegment shot)
    {
        var zoomRange = Math.Max(shot.Motion.Start.Zoom, 1) / Math.Max(shot.Motion.End.Zoom, 1);
        var reduction = Math.Min(zoomRange, 1 / zoomRange) / StillLibrary.Oversampling;
        return reduction < MipmapBelowReduction;
    }
}
