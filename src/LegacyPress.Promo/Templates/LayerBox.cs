using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Platforms;

namespace LegacyPress.Promo.Templates;

/// <summary>Where a layer sits: a rectangle in fractions (0..1) of a reference frame of the platform.</summary>
public sealed record LayerBox(FrameReference In, double X, double Y, double Width, double Height)
{
    public static LayerBox Whole(FrameReference frame) => new(frame, 0, 0, 1, 1);

    /// <summary>The reference rectangle in pixels on the platform's canvas.</summary>
    public static PixelRect Frame(PlatformSpec spec, FrameReference frame) => frame switch
    {
        FrameReference.Canvas => spec.Bounds,
        FrameReference.Trim => spec.Trim,
        FrameReference.Safe => spec.SafeArea,
        _ => throw new ArgumentOutOfRangeException(nameof(frame)),
    };

    /// <summary>This box in pixels on the platform's canvas.</summary>
    public PixelRect Resolve(PlatformSpec spec) => Frame(spec, In).Fraction(X, Y, Width, Height);

    /// <summary>A length given in fractions of the reference frame's height, in pixels.</summary>
    public double Length(PlatformSpec spec, double fraction) => Frame(spec, In).Height * fraction;
}
