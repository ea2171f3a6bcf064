using LegacyPress.Core.Captions;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Frames;
using LegacyPress.Render.Look;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Frames;

/// <summary>
/// The pipeline renders into its own raster frame, where the look grades pixels in place; still, previews and promo
/// frames draw onto a canvas. Both must give the same picture to the bit.
/// </summary>
public sealed class RasterFrameTests
{
    private const int Width = 320;
    private const int Height = 180;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Rendering_in_place_gives_the_same_pixels_as_drawing_on_a_canvas(bool captions)
    {
        var look = new LookProcessor(Width, Height, lut: null, lutStrength: 0, vignetteAmount: 0.6, grainAmount: 0.4, grainSeed: 7, letterbox: true);
        IFrameDrawer drawer = new LookedFrameDrawer(new MovingGradientDrawer(Width, Height, 24, 48), look);
        if (captions)
        {
            drawer = new BurnedCaptionsDrawer(drawer, [new CaptionCue(1, 0, 2, ["In place, or on a canvas."])]);
        }

        foreach (var frame in new[] { 0, 5, 31 })
        {
            Assert.Equal(ViaCanvas(drawer, frame), ViaRender(drawer, frame));
        }
        (drawer as IDisposable)?.Dispose();
    }

    private static byte[] ViaCanvas(IFrameDrawer drawer, int frame)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Black);
            drawer.Draw(frame, canvas);
        }
        return bitmap.Bytes;
    }

    private static byte[] ViaRender(IFrameDrawer drawer, int frame)
    {
        using var raster = new RasterFrame(Width, Height);
        raster.Canvas.Clear(SKColors.Black);
        drawer.Render(frame, raster);
        return raster.Pixels().ToArray();
    }
}
