using LegacyPress.Core.Model;
using LegacyPress.Core.Captions;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Frames;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Composition;

public class BurnedCaptionsDrawerTests
{
    private sealed class GreyDrawer : IFrameDrawer
    {
        public int WidthPixels => 640;

        public int HeightPixels => 360;

        public FrameRate FrameRate => new(10);

        public int FrameCount => 50;

        public void Draw(int frameIndex, SKCanvas canvas) => canvas.Clear(new SKColor(128, 128, 128));
    }

    private static SKBitmap Frame(IFrameDrawer drawer, int frame)
    {
        var bitmap = new SKBitmap(drawer.WidthPixels, drawer.HeightPixels);
        using var canvas = new SKCanvas(bitmap);
        drawer.Draw(frame, canvas);
        return bitmap;
    }

    /// <summary>Pixels in the lower fifth that differ from the plain grey picture.</summary>
    private static int ChangedBelow(SKBitmap bitmap) =>
        Enumerable.Range((int)(bitmap.Height * 0.8), (int)(bitmap.Height * 0.2))
            .Sum(y => Enumerable.Range(0, bitmap.Width).Count(x => bitmap.GetPixel(x, y) != new SKColor(128, 128, 128)));

    [Fact]
    public void A_cue_is_drawn_low_and_centred_only_while_it_lasts()
    {
        var cues = new[] { new CaptionCue(1, 1.0, 2.5, ["My grandfather's workshop", "smelled of oil and old paper."]) };
        using var drawer = new BurnedCaptionsDrawer(new GreyDrawer(), cues);

        using var before = Frame(drawer, 5);
        using var during = Frame(drawer, 15);
        using var after = Frame(drawer, 25);

        Assert.Equal(0, ChangedBelow(before));
        Assert.Equal(0, ChangedBelow(after));
        Assert.True(ChangedBelow(during) > 2000, "the caption band and its text are drawn");
        // White text is present, on a band darker than the picture.
        var column = Enumerable.Range(280, 80).Select(y => during.GetPixel(320, y)).ToList();
        Assert.Contains(column, c => c.Red < 90);
        Assert.Contains(Enumerable.Range(100, 440).SelectMany(x => Enumerable.Range(280, 80).Select(y => during.GetPixel(x, y))), c => c.Red > 230);
        // The corners of the frame stay untouched: the band hugs the text.
        Assert.Equal(new SKColor(128, 128, 128), during.GetPixel(5, 350));
    }
}
