using SkiaSharp;

namespace LegacyPress.Render.Composition.Transitions;

/// <summary>A hand sweeps clockwise from twelve o'clock around the frame's centre, uncovering the incoming picture behind it.</summary>
public sealed class ClockWipeTransition : ITransition
{
    public void Compose(SKCanvas canvas, TransitionFrame frame)
    {
        if (frame.Progress >= 1)
        {
            LayerPainting.Whole(canvas, frame.Incoming);
            return;
        }
        LayerPainting.Whole(canvas, frame.Outgoing);
        var sweep = frame.Progress * 360f;
        if (sweep <= 0)
        {
            return;
        }
        float w = frame.Size.Width, h = frame.Size.Height;
        // A radius past the corners, so the sector covers the whole frame when the hand comes round.
        var radius = MathF.Sqrt(w * w + h * h);
        var oval = new SKRect(w / 2 - radius, h / 2 - radius, w / 2 + radius, h / 2 + radius);
        using var builder = new SKPathBuilder();
        builder.MoveTo(w / 2, h / 2);
        builder.ArcTo(oval, -90, sweep, forceMoveTo: false);
        builder.Close();
        using var sector = builder.Detach();
        canvas.Save();
        canvas.ClipPath(sector, SKClipOperation.Intersect, antialias: true);
        LayerPainting.Whole(canvas, frame.Incoming);
        canvas.Restore();
    }
}
