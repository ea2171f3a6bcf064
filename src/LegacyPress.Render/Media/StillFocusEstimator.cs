using LegacyPress.Core.Model;
using LegacyPress.Core.Scaffolding;
using LegacyPress.Render.Composition;
using SkiaSharp;

namespace LegacyPress.Render.Media;

/// <summary>
/// Guesses where a still's subject is (<see cref="SaliencyFocus"/>) from a small copy decoded the way the film draws
/// it: through <see cref="StillLibrary"/>, so a photo turned by its EXIF orientation is judged upright.
/// </summary>
public static class StillFocusEstimator
{
    /// <summary>Long side of the analysed copy: detail finer than this is texture, not where the subject is.</summary>
    public const int SampleSide = 64;

    /// <exception cref="InvalidDataException">The file cannot be decoded (check it with <see cref="MediaInspector"/> first).</exception>
    public static FocusPoint Estimate(string imagePath)
    {
        using var library = new StillLibrary(path => path, (_, size) => SampleSide / Math.Max(size.Width, size.Height), new SKSizeI(SampleSide, SampleSide));
        using var lease = library.Rent(imagePath);
        var image = lease.Still.Image;
        using var pixels = new SKBitmap(new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        if (!image.ReadPixels(pixels.PeekPixels()))
        {
            throw new InvalidDataException($"{imagePath}: cannot read the decoded pixels");
        }
        return SaliencyFocus.Estimate(image.Width, image.Height, pixels.GetPixelSpan());
    }
}
