using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Composition;

namespace LegacyPress.Render.Tests.Composition;

public class CameraGeometryTests
{
    private static readonly PixelSize Landscape = new(1920, 1080);
    private static readonly PixelSize Vertical = new(1080, 1920);
    private static readonly PixelSize Square = new(1080, 1080);

    public static TheoryData<double, double> OddStills() => new()
    {
        { 1800, 2800 }, { 3600, 1543 }, { 2400, 2400 }, { 17, 1000 }, { 4000, 301 }, { 641, 359 },
    };

    [Theory]
    [MemberData(nameof(OddStills))]
    public void Cover_fills_the_frame_and_never_shows_an_edge_of_the_still(double width, double height)
    {
        var still = new PixelSize(width, height);
        var random = new Random(5);
        foreach (var frame in new[] { Landscape, Vertical, Square })
        {
            for (var i = 0; i < 200; i++)
            {
                var framing = new Framing(1 + random.NextDouble(), random.NextDouble() * 1.4 - 0.2, random.NextDouble() * 1.4 - 0.2);
                var focus = new FocusPoint(random.NextDouble(), random.NextDouble());
                var view = CameraGeometry.View(still, frame, framing, focus, Fit.Cover, reframe: frame != Landscape);

                var (left, top, w, h) = view.SourceRect(frame);
                Assert.InRange(left, -1e-9, width - w + 1e-9);
                Assert.InRange(top, -1e-9, height - h + 1e-9);
                Assert.Equal(frame.Aspect, w / h, 9);
            }
        }
    }

    [Fact]
    public void Cover_of_a_portrait_still_in_a_landscape_frame_keeps_its_full_width_around_the_framing_centre()
    {
        var view = CameraGeometry.View(new PixelSize(1800, 2800), Landscape, new Framing(1, 0.5, 0.38), FocusPoint.Centre, Fit.Cover, reframe: false);

        var (left, top, width, height) = view.SourceRect(Landscape);
        Assert.Equal(0, left, 9);
        Assert.Equal(1800, width, 9);
        Assert.Equal(1800 * 9.0 / 16, height, 9);
        Assert.Equal(0.38 * 2800, top + height / 2, 9);
    }

    [Fact]
    public void Contain_at_zoom_one_shows_the_whole_still_centred()
    {
        var still = new PixelSize(1800, 2800);

        var view = CameraGeometry.View(still, Landscape, new Framing(1, 0.2, 0.9), FocusPoint.Centre, Fit.Contain, reframe: false);

        var (left, top, width, height) = view.SourceRect(Landscape);
        Assert.Equal(2800, height, 9);
        Assert.True(width > 1800);
        Assert.Equal(900, left + width / 2, 9);
        Assert.Equal(0, top, 9);
    }

    [Fact]
    public void Views_follow_the_framing_to_a_fraction_of_a_pixel()
    {
        var still = new PixelSize(3000, 1688);
        var a = CameraGeometry.View(still, Landscape, new Framing(1.1, 0.5, 0.5), FocusPoint.Centre, Fit.Cover, reframe: false);
        var b = CameraGeometry.View(still, Landscape, new Framing(1.1, 0.5001, 0.5), FocusPoint.Centre, Fit.Cover, reframe: false);

        // 0.0001 of 3000 px is 0.3 source px: kept exactly, not rounded to a whole pixel.
        Assert.Equal(0.3, b.CenterX - a.CenterX, 9);
        var matrix = b.ImageToFrame(Landscape);
        Assert.NotEqual(Math.Round(matrix.TransX), matrix.TransX);
    }

    [Fact]
    public void The_matrix_maps_the_view_centre_to_the_frame_centre_and_honours_a_prescaled_copy()
    {
        var view = new CameraView(1200, 700, 0.75);

        var matrix = view.ImageToFrame(Landscape, pixelsPerSourcePixelX: 0.5, pixelsPerSourcePixelY: 0.5);
        var centre = matrix.MapPoint(600, 350);

        Assert.Equal(960, centre.X, 3);
        Assert.Equal(540, centre.Y, 3);
        Assert.Equal(1.5, matrix.ScaleX, 6);
    }

    public static TheoryData<string, double, double> MovesAndFocus()
    {
        var data = new TheoryData<string, double, double>();
        foreach (var motion in MotionNames.Presets.Keys)
        {
            foreach (var (x, y) in new[] { (0.5, 0.5), (0.15, 0.4), (0.9, 0.7), (0.35, 0.1) })
            {
                data.Add(motion, x, y);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MovesAndFocus))]
    public void Vertical_reframing_keeps_the_focus_point_in_frame_through_every_move(string motion, double focusX, double focusY)
    {
        var still = new PixelSize(3000, 1688);
        var focus = new FocusPoint(focusX, focusY);
        var resolved = MotionPlanner.Resolve(ShotWith(MotionNames.Presets[motion], focus), shotNumber: 0);

        for (var t = 0.0; t <= 1.0; t += 0.05)
        {
            var view = CameraGeometry.View(still, Vertical, resolved.At(t), focus, Fit.Cover, reframe: true);

            var (left, top, width, height) = view.SourceRect(Vertical);
            Assert.InRange(focusX * still.Width, left, left + width);
            Assert.InRange(focusY * still.Height, top, top + height);
        }
    }

    [Fact]
    public void Vertical_reframing_scales_a_pan_to_the_narrow_window()
    {
        var still = new PixelSize(3200, 1800);
        var focus = new FocusPoint(0.5, 0.5);
        var start = CameraGeometry.View(still, Vertical, new Framing(1.15, 0.45, 0.5), focus, Fit.Cover, reframe: true);
        var end = CameraGeometry.View(still, Vertical, new Framing(1.15, 0.55, 0.5), focus, Fit.Cover, reframe: true);
        var wideStart = CameraGeometry.View(still, Landscape, new Framing(1.15, 0.45, 0.5), focus, Fit.Cover, reframe: false);
        var wideEnd = CameraGeometry.View(still, Landscape, new Framing(1.15, 0.55, 0.5), focus, Fit.Cover, reframe: false);

        // The pan crosses the same share of its window in both shapes (and really moves).
        var narrowShare = (end.CenterX - start.CenterX) / start.SourceRect(Vertical).Width;
        var wideShare = (wideEnd.CenterX - wideStart.CenterX) / wideStart.SourceRect(Landscape).Width;
        Assert.Equal(wideShare, narrowShare, 9);
        Assert.True(narrowShare > 0.1, $"share {narrowShare}");
    }

    private static Shot ShotWith(MotionPreset preset, FocusPoint focus) => new(
        "s", "s.jpg", new ShotDuration.Fixed(5), new MotionSpec.Preset(preset, 0.15, Easing.Linear), focus, Fit.Cover,
        TransitionSpec.Cut, null, [], null, null, null, false, new SourceLocation("film.yaml", 1, 1));
}
