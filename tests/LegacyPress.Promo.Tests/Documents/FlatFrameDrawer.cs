using LegacyPress.Core.Model;
using LegacyPress.Render.Frames;
using SkiaSharp;

namespace LegacyPress.Promo.Tests.Documents;

/// <summary>A frame drawer that paints every frame one brass colour: enough for a storyboard figure in document tests.</summary>
internal sealed class FlatFrameDrawer(int width, int height, FrameRate rate, int frames) : IFrameDrawer
{
    public int WidthPixels => width;

    public int HeightPixels => height;

    public FrameRate FrameRate => rate;

    public int FrameCount => frames;

    public void Draw(int frameIndex, SKCanvas canvas) => canvas.Clear(new SKColor(0x9A, 0x6A, 0x2A));
}
