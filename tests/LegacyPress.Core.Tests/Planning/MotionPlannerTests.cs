using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using static LegacyPress.Core.Tests.Building.FilmBuilder;

namespace LegacyPress.Core.Tests.Planning;

public sealed class MotionPlannerTests
{
    private static ResolvedMotion Resolve(Building.ShotBuilder shot, int shotNumber = 0) =>
        MotionPlanner.Resolve(((Film)WithoutCards.Act("One", shot)).Shots.Single(), shotNumber);

    private static void AssertFraming((double Zoom, double X, double Y) expected, Framing actual)
    {
        Assert.Equal(expected.Zoom, actual.Zoom, 9);
        Assert.Equal(expected.X, actual.CenterX, 9);
        Assert.Equal(expected.Y, actual.CenterY, 9);
    }

    [Theory]
    [InlineData(MotionPreset.Still, 1, 0.4, 0.6, 1, 0.4, 0.6)]
    [InlineData(MotionPreset.ZoomIn, 1, 0.4, 0.6, 1.2, 0.4, 0.6)]
    [InlineData(MotionPreset.ZoomOut, 1.2, 0.4, 0.6, 1, 0.4, 0.6)]
    [InlineData(MotionPreset.PanLeft, 1.2, 0.6, 0.6, 1.2, 0.2, 0.6)]
    [InlineData(MotionPreset.PanRight, 1.2, 0.2, 0.6, 1.2, 0.6, 0.6)]
    [InlineData(MotionPreset.PanUp, 1.2, 0.4, 0.8, 1.2, 0.4, 0.4)]
    [InlineData(MotionPreset.PanDown, 1.2, 0.4, 0.4, 1.2, 0.4, 0.8)]
    public void Presets_move_around_the_focus_point_by_their_amount(MotionPreset preset, double z0, double x0, double y0, double z1, double x1, double y1)
    {
        var motion = Resolve(Shot("a", 4).Focus(0.4, 0.6).Motion(preset, amount: 0.2, Easing.EaseOut));

        AssertFraming((z0, x0, y0), motion.Start);
        AssertFraming((z1, x1, y1), motion.End);
        Assert.Equal(Easing.EaseOut, motion.Easing);
    }

    [Fact]
    public void Auto_drifts_toward_the_subject_on_even_shots_and_away_on_odd_ones()
    {
        var shot = Shot("a", 4).Focus(0.4, 0.6).Motion(MotionPreset.Auto, amount: 0.2);

        var even = Resolve(shot, shotNumber: 2);
        var odd = Resolve(shot, shotNumber: 3);

        AssertFraming((1, 0.5, 0.5), even.Start);
        AssertFraming((1.2, 0.4, 0.6), even.End);
        AssertFraming((1.2, 0.4, 0.6), odd.Start);
        AssertFraming((1, 0.5, 0.5), odd.End);
    }

    [Fact]
    public void Explicit_framing_is_used_as_written()
    {
        var motion = Resolve(Shot("a", 4).Motion(new Framing(1, 0.5, 0.5), new Framing(1.25, 0.6, 0.45), Easing.EaseInOut));

        Assert.Equal(new ResolvedMotion(new Framing(1, 0.5, 0.5), new Framing(1.25, 0.6, 0.45), Easing.EaseInOut), motion);
    }
}

public sealed class ResolvedMotionTests
{
    private static readonly ResolvedMotion ZoomFourTimes = new(new Framing(1, 0.2, 0.4), new Framing(4, 0.6, 0.8), Easing.Linear);

    [Fact]
    public void Starts_and_ends_on_its_framings()
    {
        Assert.Equal(ZoomFourTimes.Start, ZoomFourTimes.At(0));
        Assert.Equal(4, ZoomFourTimes.At(1).Zoom, 12);
        Assert.Equal(0.6, ZoomFourTimes.At(1).CenterX, 12);
        Assert.Equal(0.8, ZoomFourTimes.At(1).CenterY, 12);
    }

    [Fact]
    public void Zoom_is_geometric_so_the_midpoint_of_one_to_four_is_two()
    {
        var middle = ZoomFourTimes.At(0.5);

        Assert.Equal(2, middle.Zoom, 12);
        Assert.Equal(0.4, middle.CenterX, 12);
        Assert.Equal(0.6, middle.CenterY, 12);
    }

    [Fact]
    public void Linear_zoom_grows_by_the_same_ratio_every_step()
    {
        var ratios = Enumerable.Range(0, 10).Select(i => ZoomFourTimes.At((i + 1) / 10.0).Zoom / ZoomFourTimes.At(i / 10.0).Zoom).ToList();

        Assert.All(ratios, r => Assert.Equal(Math.Pow(4, 0.1), r, 12));
    }

    [Fact]
    public void Progress_outside_zero_to_one_holds_the_end_framings()
    {
        Assert.Equal(ZoomFourTimes.At(0), ZoomFourTimes.At(-0.5));
        Assert.Equal(ZoomFourTimes.At(1), ZoomFourTimes.At(1.5));
    }

    [Fact]
    public void Easing_shapes_progress_but_not_the_endpoints()
    {
        var eased = ZoomFourTimes with { Easing = Easing.EaseInOut };

        Assert.Equal(eased.Start, eased.At(0));
        Assert.Equal(4, eased.At(1).Zoom, 12);
        Assert.Equal(2, eased.At(0.5).Zoom, 12);
        Assert.True(eased.At(0.1).Zoom < ZoomFourTimes.At(0.1).Zoom, "ease-in-out starts slower than linear");
    }
}

public sealed class EasingCurvesTests
{
    public static TheoryData<Easing> All => new(Enum.GetValues<Easing>());

    [Theory]
    [MemberData(nameof(All))]
    public void Every_curve_runs_from_zero_to_one_without_turning_back(Easing easing)
    {
        Assert.Equal(0, EasingCurves.Apply(easing, 0));
        Assert.Equal(1, EasingCurves.Apply(easing, 1));
        var samples = Enumerable.Range(0, 101).Select(i => EasingCurves.Apply(easing, i / 100.0)).ToList();
        Assert.All(samples.Zip(samples.Skip(1)), p => Assert.True(p.Second >= p.First));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Progress_is_clamped(Easing easing)
    {
        Assert.Equal(0, EasingCurves.Apply(easing, -1));
        Assert.Equal(1, EasingCurves.Apply(easing, 2));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Ease_in_lags_linear_and_ease_out_leads_it(double t)
    {
        Assert.True(EasingCurves.Apply(Easing.EaseIn, t) < t);
        Assert.True(EasingCurves.Apply(Easing.EaseOut, t) > t);
        Assert.Equal(t, EasingCurves.Apply(Easing.Linear, t));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.25)]
    [InlineData(0.4)]
    public void Ease_in_out_is_symmetric_about_the_midpoint(double t)
    {
        Assert.Equal(0.5, EasingCurves.Apply(Easing.EaseInOut, 0.5));
        Assert.Equal(1, EasingCurves.Apply(Easing.EaseInOut, t) + EasingCurves.Apply(Easing.EaseInOut, 1 - t), 12);
    }

    [Fact]
    public void Ease_in_out_starts_and_settles_without_a_jolt()
    {
        const double h = 1e-6;
        Assert.True(EasingCurves.Apply(Easing.EaseInOut, h) / h < 1e-4);
        Assert.True((1 - EasingCurves.Apply(Easing.EaseInOut, 1 - h)) / h < 1e-4);
    }
}
