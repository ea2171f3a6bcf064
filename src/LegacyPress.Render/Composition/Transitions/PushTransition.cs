using SkiaSharp;

namespace LegacyPress.Render.Composition.Transitions;

/// <summary>The incoming picture enters travelling in <paramref name="direction"/> and pushes the outgoing one off the other side.</summary>
public sealed class PushTransition(Direction direction) : ITransition
{
    public void Compose(SKCanvas canvas, TransitionFrame frame)
    {
        var (x, y) = DirectionVectors.Of(direction);
        float w = frame.Size.Width, h = frame.Size.Height, p = frame.Progress;
        LayerPainting.Offset(canvas, frame.Outgoing, x * w * p, y * h * p);
        LayerPainting.Offset(canvas, frame.Incoming, -x * w * (1 - p), -y * h * (1 - p));
    }
}
