using SkiaSharp;

namespace LegacyPress.Render.Composition.Transitions;

/// <summary>
/// One way of handing over from one picture to the next. Both layers are already drawn at frame size, so a
/// transition never cares what the stills were. Implementations are stateless and safe to share between threads.
/// </summary>
public interface ITransition
{
    /// <summary>Paints the whole frame: the blend of the two layers at <see cref="TransitionFrame.Progress"/>.</summary>
    void Compose(SKCanvas canvas, TransitionFrame frame);
}

/// <summary>
/// The inputs of one transition frame. <see cref="Progress"/> is already eased: 0 shows only the outgoing layer,
/// 1 only the incoming one. <see cref="Seed"/> is fixed per transition, for procedural looks that must not flicker.
/// </summary>
public readonly record struct TransitionFrame(SKImage Outgoing, SKImage Incoming, SKSizeI Size, float Progress, int Seed)
{
    public SKRect Bounds => new(0, 0, Size.Width, Size.Height);
}
