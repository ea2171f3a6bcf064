using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// What the camera sees of a still on one frame: the still point (source pixels) at the frame's centre and the
/// scale (frame pixels per source pixel). Kept in doubles; only the final matrix is float, never rounded.
/// </summary>
public readonly record struct CameraView(double CenterX, double CenterY, double Scale)
{
    /// <summary>The part of the still that lands on a frame of <paramref name="frame"/> size, in source pixels.</summary>
    public (double Left, double Top, double Width, double Height) SourceRect(PixelSize frame)
    {
        var width = frame.Width / Scale;
        var height = frame.Height / Scale;
        return (CenterX - width / 2, CenterY - height / 2, width, height);
    }

    /// <summary>
    /// The affine map from still pixels to frame pixels. <paramref name="pixelsPerSourcePixel"/> describes the image
    /// actually drawn when it is a pre-scaled copy of the source (its pixels per source pixel, per axis).
    /// </summary>
    public SKMatrix ImageToFrame(PixelSize frame, double pixelsPerSourcePixelX = 1, double pixelsPerSourcePixelY = 1)
    {
        var sx = Scale / pixelsPerSourcePixelX;
        var sy = Scale / pixelsPerSourcePixelY;
        return new SKMatrix(
            (float)sx, 0, (float)(frame.Width / 2 - CenterX * Scale),
            0, (float)sy, (float)(frame.Height / 2 - CenterY * Scale),
            0, 0, 1);
    }
}
