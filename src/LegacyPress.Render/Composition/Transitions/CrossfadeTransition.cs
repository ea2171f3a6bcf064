using SkiaSharp;

namespace LegacyPress.Render.Composition.Transitions;

/// <summary>The incoming picture fades in over the outgoing one: at progress p each pixel is (1-p)·out + p·in.</summary>
public sealed class CrossfadeTransition : ITransition
{
    public void Compose(SKCanvas canvas, TransitionFrame frame)
    {
        LayerPainting.Whole(canvas, frame.Outgoing);
        LayerPainting.Faded(canvas, frame.Incoming, frame.Progress);
    }
}
