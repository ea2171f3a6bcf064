using LegacyPress.Core.Model;
using SkiaSharp;

namespace LegacyPress.Render.Frames;

/// <summary>
/// Draws any frame of a film on demand. The contract between composition (what a frame shows) and the
/// encoding pipeline (which draws frames in parallel and streams them to ffmpeg in order):
/// <see cref="Draw"/> must be safe to call concurrently from several threads, each with its own canvas.
/// </summary>
public interface IFrameDrawer
{
    int WidthPixels { get; }

    int HeightPixels { get; }

    /// <summary>The film's exact rate, which the encoder writes into the stream.</summary>
    FrameRate FrameRate { get; }

    int FrameCount { get; }

    /// <summary>Draws frame <paramref name="frameIndex"/> (0-based) onto a canvas of exactly Width x Height.</summary>
    void Draw(int frameIndex, SKCanvas canvas);
}
