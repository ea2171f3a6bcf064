using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Core.Generation;

/// <summary>
/// Pure: how big a generated still must be for the film to show it sharp. A shot's camera moves inside the still's
/// frame-filling crop, and at zoom z a frame of W×H output pixels covers W/z × H/z of that crop, so the still needs
/// z·W × z·H pixels at the frame's aspect for every output pixel to have its own source pixel at the closest point of
/// the move. Rounded up to a multiple of 64 (diffusion models work in 8- or 64-pixel latent blocks) and held within
/// what services make; a backend that only makes fixed sizes takes the nearest (its own concern).
/// </summary>
public static class GenerationSize
{
    /// <summary>The longest side a request asks for: past this, services refuse or tile, and the film would not show it.</summary>
    public const int MaxSidePixels = 4096;

    private const int Block = 64;

    /// <summary>The pixel size to ask for shot <paramref name="shotId"/>: the largest its appearances in <paramref name="timeline"/> need.</summary>
    public static (int Width, int Height) For(Timeline timeline, string shotId, int frameWidth, int frameHeight)
    {
        var zoom = timeline.Shots
            .Where(s => s.Shot.Id == shotId)
            // A contained still is shown whole, at most the frame's size; only a covering one is zoomed into.
            .Select(s => s.Shot.Fit == Fit.Contain ? 1 : Math.Max(s.Motion.Start.Zoom, s.Motion.End.Zoom))
            .DefaultIfEmpty(1)
            .Max();
        zoom = Math.Max(1, zoom);
        var (width, height) = (frameWidth * zoom, frameHeight * zoom);
        var scale = Math.Min(1, MaxSidePixels / Math.Max(width, height));
        return (RoundUp(width * scale), RoundUp(height * scale));
    }

    private static int RoundUp(double pixels) => Math.Min(MaxSidePixels, (int)Math.Ceiling(pixels / Block) * Block);
}
