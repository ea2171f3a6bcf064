using SkiaSharp;

namespace LegacyPress.Render.Composition.Transitions;

/// <summary>
/// A straight edge travels across the frame in <paramref name="direction"/>, uncovering the incoming picture behind it
/// (wipe-left: the edge moves from the right side to the left). The edge is anti-aliased at its fractional position.
/// </summary>
public sealed class WipeTransition(Direction direction) : ITransition
{
    public void Compose(SKCanvas canvas, TransitionFrame frame)
    {
        LayerPainting.Whole(canvas, frame.Outgoing);
        float w = frame.Size.Width, h = frame.Size.Height, p = frame.Progress;
        var revealed = direction switch
        {
            Direction.Left => new SKRect(w * (1 - p), 0, w, h),
            Direction.Right => new SKRect(0, 0, w * p, h),
            Direction.Up => new SKRect(0, h * (1 - p), w, h),
            _ => new SKRect(0, 0, w, h * p),
        };
        canvas.Save();
        canvas.ClipRect(revealed, SKClipOperation.Intersect, antialias: true);
        LayerPainting.Whole(canvas, frame.Incoming);
        canvas.Restore();
    }
}
