using SkiaSharp;

namespace LegacyPress.Render.Composition.Transitions;

/// <summary>Fades the outgoing picture to a flat colour (black or white) by the midpoint, then the incoming one up from it.</summary>
public sealed class DipTransition(SKColor colour) : ITransition
{
    public void Compose(SKCanvas canvas, TransitionFrame frame)
    {
        var firstHalf = frame.Progress < 0.5f;
        LayerPainting.Whole(canvas, firstHalf ? frame.Outgoing : frame.Incoming);
        var cover = firstHalf ? frame.Progress * 2 : (1 - frame.Progress) * 2;
        using var paint = new SKPaint { Color = colour.WithAlpha(LayerPainting.ToByte(cover)) };
        canvas.DrawRect(frame.Bounds, paint);
    }
}
