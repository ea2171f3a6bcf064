using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Composition;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Composition;

public sealed class HeldShotPicturesTests
{
    private static readonly SKSizeI Size = new(160, 90);

    [Fact]
    public void A_held_shot_is_painted_once_and_every_frame_shows_exactly_that_picture()
    {
        using var holds = new HeldShotPictures(Size);
        var shot = Segment("hold", new Framing(1.1, 0.4, 0.5), new Framing(1.1, 0.4, 0.5));
        var paints = 0;

        var first = Draw(holds, shot, () => paints++);
        var again = Draw(holds, shot, () => paints++);

        Assert.True(HeldShotPictures.Holds(shot));
        Assert.Equal(1, paints);
        Assert.Equal(Painted(), first);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Pictures_pushed_out_are_painted_again_when_their_shot_comes_back()
    {
        using var holds = new HeldShotPictures(Size, keep: 1);
        var a = Segment("a", new Framing(1, 0.5, 0.5), new Framing(1, 0.5, 0.5));
        var b = Segment("b", new Framing(1, 0.5, 0.5), new Framing(1, 0.5, 0.5));
        var paints = 0;

        foreach (var shot in new[] { a, b, a, a })
        {
            Assert.Equal(Painted(), Draw(holds, shot, () => paints++));
        }

        Assert.Equal(3, paints);
    }

    [Fact]
    public void A_moving_shot_is_not_a_hold()
    {
        Assert.False(HeldShotPictures.Holds(Segment("pan", new Framing(1.1, 0.4, 0.5), new Framing(1.1, 0.6, 0.5))));
    }

    private static byte[] Draw(HeldShotPictures holds, ShotSegment shot, Action counted)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(Size.Width, Size.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        holds.Draw(canvas, shot, c =>
        {
            counted();
            Gradient(c);
        });
        return bitmap.Bytes;
    }

    private static byte[] Painted()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(Size.Width, Size.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Black);
        Gradient(canvas);
        return bitmap.Bytes;
    }

    private static void Gradient(SKCanvas canvas)
    {
        using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(Size.Width, Size.Height), [SKColors.Teal, SKColors.Goldenrod], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        canvas.DrawRect(0, 0, Size.Width, Size.Height, paint);
    }

    private static ShotSegment Segment(string id, Framing start, Framing end)
    {
        var shot = new Shot(id, "images/x.png", new ShotDuration.Fixed(5), new MotionSpec.Preset(MotionPreset.Still, 0, Easing.Linear), FocusPoint.Centre, Fit.Cover,
            TransitionSpec.Cut, null, [], null, null, null, false, new SourceLocation("film.yaml", 1, 1));
        return new(1, 0, 120, shot, new Act(1, "Act", [shot], shot.Location), 1, new ResolvedMotion(start, end, Easing.Linear));
    }
}
