using SkiaSharp;

namespace LegacyPress.Render.Composition.Transitions;

/// <summary>A circle opens from the frame's centre, showing the incoming picture inside it, until it covers the corners.</summary>
public sealed class IrisTransition : ITransition
{
    public void Compose(SKCanvas canvas, TransitionFrame frame)
    {
        LayerPainting.Whole(canvas, frame.Outgoing);
        float w = frame.Size.Width, h = frame.Size.Height;
        // One pixel past the corners at the end, so the last frame has no partly covered corner pixel.
        var radius = frame.Progress * (MathF.Sqrt(w * w + h * h) / 2 + 1);
        if (radius <= 0)
        {
            return;
        }
        using var builder = new SKPathBuilder();
        builder.AddCircle(w / 2, h / 2, radius);
        using var circle = builder.Detach();
        canvas.Save();
        canvas.ClipPath(circle, SKClipOperation.Intersect, antialias: true);
        LayerPainting.Whole(canvas, frame.Incoming);
        canvas.Restore();
    }
}
