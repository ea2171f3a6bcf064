using LegacyPress.Core.Model;

namespace LegacyPress.Render.Composition;

/// <summary>
/// The pure geometry of the camera: which part of a still a frame shows, given the shot's framing, focus point and
/// fit. <c>cover</c> fills the frame and never shows an edge of the still; <c>contain</c> shows the whole still at
/// zoom 1. With <c>reframe</c> (vertical and square renders) a move written for a 16:9 frame is scaled to the
/// narrower window and the focus point is kept in its middle, so the subject stays in frame.
/// </summary>
public static class CameraGeometry
{
    /// <summary>The frame a film is composed for; reframing maps moves from this shape to the render's shape.</summary>
    public static readonly PixelSize DesignFrame = new(16, 9);

    /// <summary>When reframing, the focus point stays within this fraction of the window around its centre.</summary>
    public const double FocusSafeFraction = 0.5;

    public static CameraView View(PixelSize still, PixelSize frame, Framing framing, FocusPoint focus, Fit fit, bool reframe)
    {
        // Zoom 1 is the fitted view; the model never asks for less, and less would show an edge under cover.
        var zoom = Math.Max(framing.Zoom, 1);
        var scale = FitScale(still, frame, fit) * zoom;
        var viewWidth = frame.Width / scale;
        var viewHeight = frame.Height / scale;
        var centerX = framing.CenterX * still.Width;
        var centerY = framing.CenterY * still.Height;

        if (reframe)
        {
            var focusX = focus.X * still.Width;
            var focusY = focus.Y * still.Height;
            var designScale = FitScale(still, DesignFrame, fit) * zoom;
            var designWidth = DesignFrame.Width / designScale;
            var designHeight = DesignFrame.Height / designScale;
            // The move keeps its shape relative to the window: an offset from the subject of a quarter of the
            // 16:9 view becomes a quarter of the narrow one.
            centerX = focusX + (centerX - focusX) * (viewWidth / designWidth);
            centerY = focusY + (centerY - focusY) * (viewHeight / designHeight);
            centerX = KeepNear(centerX, focusX, FocusSafeFraction * viewWidth / 2);
            centerY = KeepNear(centerY, focusY, FocusSafeFraction * viewHeight / 2);
        }

        return KeepOnStill(new CameraView(centerX, centerY, scale), still, frame);
    }

    /// <summary>The view moved as little as needed to stay on the still; centred on an axis where the view is wider.</summary>
    public static CameraView KeepOnStill(CameraView view, PixelSize still, PixelSize frame) => view with
    {
        CenterX = Inside(view.CenterX, frame.Width / view.Scale, still.Width),
        CenterY = Inside(view.CenterY, frame.Height / view.Scale, still.Height),
    };

    /// <summary>Frame pixels per source pixel at zoom 1: the larger ratio fills the frame, the smaller fits inside it.</summary>
    public static double FitScale(PixelSize still, PixelSize frame, Fit fit)
    {
        var x = frame.Width / still.Width;
        var y = frame.Height / still.Height;
        return fit == Fit.Cover ? Math.Max(x, y) : Math.Min(x, y);
    }

    /// <summary>The largest scale a shot reaches: how much detail a pre-scaled copy of its still must keep.</summary>
    public static double MaxScale(PixelSize still, PixelSize frame, Fit fit, double maxZoom) =>
        FitScale(still, frame, fit) * Math.Max(1, maxZoom);

    private static double KeepNear(double center, double target, double maxDistance) =>
        Math.Clamp(center, target - maxDistance, target + maxDistance);

    private static double Inside(double center, double view, double still)
    {
        var low = view / 2;
        var high = still - view / 2;
        return low >= high ? still / 2 : Math.Clamp(center, low, high);
    }
}

