using LegacyPress.Promo.Documents.Layout;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Render.Media;
using SkiaSharp;

namespace LegacyPress.Promo.Documents.Pdf;

/// <summary>
/// Prepares a picture for print at the size it is placed: cropped to the box for cover fit, and — when the file holds
/// far more pixels than print needs — scaled down to <see cref="TargetDpi"/> and JPEG-encoded, so a folder of 3000-pixel
/// stills does not make a 100 MB PDF. Pictures already at or under <see cref="MaxDpi"/> keep every pixel they have.
/// </summary>
public static class PrintImage
{
    /// <summary>Resolution a downscaled picture is given at its placed size: comfortably above the 150 dpi print floor.</summary>
    public const double TargetDpi = 220;

    /// <summary>Above this, a picture is downscaled to <see cref="TargetDpi"/>.</summary>
    public const double MaxDpi = 300;

    private const int JpegQuality = 88;

    /// <summary>The image to draw and the rectangle (points) to draw it into.</summary>
    /// <exception cref="ImageRefusedException">The file is not a picture within the size limits (the readers report these first).</exception>
    public static (SKImage Image, SKRect Destination) Prepare(ImageItem item)
    {
        using var picture = CheckedImage.Open(item.Path);
        var codec = picture.Codec;
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        var box = item.Box;
        var source = SKRectI.Create(0, 0, width, height);
        var destination = new SKRect((float)box.X, (float)box.Y, (float)box.Right, (float)box.Bottom);
        var boxAspect = box.Width / box.Height;
        var imageAspect = (double)width / height;
        if (item.Fit == ImageFit.Cover)
        {
            source = CoverCrop(width, height, boxAspect, item.FocusX, item.FocusY);
        }
        else if (item.Fit == ImageFit.Contain || Math.Abs(boxAspect - imageAspect) > 0.01)
        {
            destination = Contain(destination, imageAspect);
        }

        var neededWidth = (int)Math.Ceiling(destination.Width / 72.0 * TargetDpi);
        var dpi = source.Width / (destination.Width / 72.0);
        var crop = source.Width != width || source.Height != height;
        if (!crop && dpi <= MaxDpi && codec.EncodedFormat == SKEncodedImageFormat.Jpeg)
        {
            // Already a JPEG of a sensible size: Skia embeds the file's own bytes (DCTDecode), no re-encoding.
            return (picture.Decode(), destination);
        }
        using var full = picture.DecodeScaled(1).Bitmap;
        var targetWidth = dpi > MaxDpi ? neededWidth : source.Width;
        var targetHeight = (int)Math.Round((double)targetWidth * source.Height / source.Width);
        using var surface = SKSurface.Create(new SKImageInfo(targetWidth, targetHeight, SKColorType.Rgba8888, SKAlphaType.Premul))!;
        surface.Canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(full);
        surface.Canvas.DrawImage(image, new SKRect(source.Left, source.Top, source.Right, source.Bottom), new SKRect(0, 0, targetWidth, targetHeight),
            new SKSamplingOptions(SKCubicResampler.Mitchell), null);
        using var snapshot = surface.Snapshot();
        using var jpeg = snapshot.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return (SKImage.FromEncodedData(jpeg)!, destination);
    }

    /// <summary>The largest region of the image with the box's aspect, centred on the focus point as far as the edges allow.</summary>
    public static SKRectI CoverCrop(int width, int height, double boxAspect, double focusX, double focusY)
    {
        var imageAspect = (double)width / height;
        int cropWidth = width, cropHeight = height;
        if (imageAspect > boxAspect)
        {
            cropWidth = (int)Math.Round(height * boxAspect);
        }
        else
        {
            cropHeight = (int)Math.Round(width / boxAspect);
        }
        var left = (int)Math.Clamp(Math.Round(focusX * width - cropWidth / 2.0), 0, width - cropWidth);
        var top = (int)Math.Clamp(Math.Round(focusY * height - cropHeight / 2.0), 0, height - cropHeight);
        return SKRectI.Create(left, top, cropWidth, cropHeight);
    }

    private static SKRect Contain(SKRect box, double imageAspect)
    {
        var boxAspect = box.Width / box.Height;
        if (imageAspect > boxAspect)
        {
            var h = (float)(box.Width / imageAspect);
            return SKRect.Create(box.Left, box.Top + (box.Height - h) / 2, box.Width, h);
        }
        var w = (float)(box.Height * imageAspect);
        return SKRect.Create(box.Left + (box.Width - w) / 2, box.Top, w, box.Height);
    }
}
