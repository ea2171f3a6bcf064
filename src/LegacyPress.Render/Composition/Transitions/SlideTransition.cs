using SkiaSharp;

namespace LegacyPress.Render.Composition.Transitions;

/// <summary>The incoming picture slides in, travelling in <paramref name="direction"/>, over the outgoing one, which stays put.</summary>
public sealed class SlideTransition(Direction direction) : ITransition
{
    public void Compose(SKCanvas canvas, TransitionFrame frame)
    {
        var (x, y) = DirectionVectors.Of(direction);
        var remaining = 1 - frame.Progress;
        LayerPainting.Whole(canvas, frame.Outgoing);
        LayerPainting.Offset(canvas, frame.Incoming, -x * frame.Size.Width * remaining, -y * frame.Size.Height * remaining);
    }
}
