using SkiaSharp;

namespace LegacyPress.Render.Composition.Transitions;

/// <summary>A hard cut. Planned with no overlap it is never called; given a duration, it cuts at the midpoint.</summary>
public sealed class CutTransition : ITransition
{
    public void Compose(SKCanvas canvas, TransitionFrame frame) =>
        LayerPainting.Whole(canvas, frame.Progress < 0.5f ? frame.Outgoing : frame.Incoming);
}
