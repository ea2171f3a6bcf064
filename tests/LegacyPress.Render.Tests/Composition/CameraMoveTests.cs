using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Composition;

namespace LegacyPress.Render.Tests.Composition;

public class CameraMoveTests
{
    private static readonly PixelSize Frame = new(1920, 1080);
    private static readonly PixelSize Still = new(2800, 1575);

    [Fact]
    public void A_pan_wider_than_the_still_allows_becomes_a_shorter_pan_at_an_even_speed()
    {
        // pan-right 0.12 around the middle asks for centres 0.38 -> 0.62, but at zoom 1.12 only ~0.446..0.554 fit.
        var motion = new ResolvedMotion(new Framing(1.12, 0.38, 0.5), new Framing(1.12, 0.62, 0.5), Easing.Linear);
        var move = new CameraMove(Still, Frame, motion, FocusPoint.Centre, Fit.Cover, reframe: false);

        var centres = Enumerable.Range(0, 11).Select(i => move.At(i / 10.0).CenterX).ToList();
        var steps = centres.Zip(centres.Skip(1), (a, b) => b - a).ToList();

        Assert.All(steps, s => Assert.Equal(steps[0], s, 9));
        Assert.True(steps[0] > 0);
        var (left, _, width, _) = move.At(0).SourceRect(Frame);
        Assert.Equal(0, left, 9);
        Assert.Equal(Still.Width, move.At(1).SourceRect(Frame).Left + width, 9);
    }

    [Fact]
    public void Zoom_grows_geometrically_and_the_ends_match_the_placed_framings()
    {
        var motion = new ResolvedMotion(new Framing(1, 0.5, 0.5), new Framing(1.44, 0.45, 0.55), Easing.EaseInOut);
        var move = new CameraMove(Still, Frame, motion, FocusPoint.Centre, Fit.Cover, reframe: false);

        var fit = CameraGeometry.FitScale(Still, Frame, Fit.Cover);
        Assert.Equal(fit * 1.2, move.At(0.5).Scale, 9);
        Assert.Equal(CameraGeometry.View(Still, Frame, motion.End, FocusPoint.Centre, Fit.Cover, false), move.At(1));
    }

    [Fact]
    public void Every_view_of_a_move_stays_on_the_still()
    {
        var motion = new ResolvedMotion(new Framing(1, 0.05, 0.95), new Framing(1.8, 0.97, 0.02), Easing.EaseOut);
        var move = new CameraMove(Still, new PixelSize(1080, 1920), motion, new FocusPoint(0.9, 0.1), Fit.Cover, reframe: true);

        for (var t = 0.0; t <= 1; t += 0.01)
        {
            var (left, top, width, height) = move.At(t).SourceRect(new PixelSize(1080, 1920));
            Assert.InRange(left, -1e-9, Still.Width - width + 1e-9);
            Assert.InRange(top, -1e-9, Still.Height - height + 1e-9);
        }
    }
}
