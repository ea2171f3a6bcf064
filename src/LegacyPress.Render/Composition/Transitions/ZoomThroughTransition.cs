using SkiaSharp;

namespace LegacyPress.Render.Composition.Transitions;

/// <summary>
/// The camera flies into the outgoing picture (it grows and fades) and lands on the incoming one, which settles from a
/// slight zoom to rest. Both layers only ever grow, so no edge of either shows.
/// </summary>
public sealed class ZoomThroughTransition : ITransition
{
    private const float OutgoingGrowth = 1.6f;
    private const float IncomingGrowth = 0.4f;

    public void Compose(SKCanvas canvas, TransitionFrame frame)
    {
        var p = frame.Progress;
        LayerPainting.Scaled(canvas, frame.Incoming, frame.Size, 1 + IncomingGrowth * (1 - p), 1);
        // Ease the fade so the rush into the picture reads before the next one shows through.
        LayerPainting.Scaled(canvas, frame.Outgoing, frame.Size, 1 + OutgoingGrowth * p * p, 1 - LayerPainting.Smooth(0.15f, 0.85f, p));
    }
}
