using LegacyPress.Core.Model;
using LegacyPress.Render.Frames;
using SkiaSharp;

namespace LegacyPress.TestSupport.Measurement;

/// <summary>
/// A minimal frame drawer for benchmarks and tests: one still following a <see cref="KenBurnsPath"/>, drawn
/// with a sub-pixel (float) source rectangle and bilinear sampling, so the motion has no integer steps.
/// </summary>
public sealed class KenBurnsDrawer(SKImage still, KenBurnsPath path, int widthPixels, int heightPixels, FrameRate frameRate) : IFrameDrawer
{
    private static readonly SKSamplingOptions Linear = new(SKFilterMode.Linear, SKMipmapMode.None);

    public int WidthPixels => widthPixels;

    public int HeightPixels => heightPixels;

    public FrameRate FrameRate => frameRate;

    public int FrameCount => path.FrameCount;

    public void Draw(int frameIndex, SKCanvas canvas)
    {
        var view = path.View(frameIndex);
        var source = new SKRect((float)view.Left, (float)view.Top, (float)(view.Left + view.Width), (float)(view.Top + view.Height));
        canvas.DrawImage(still, source, new SKRect(0, 0, widthPixels, heightPixels), Linear);
    }
}
