namespace LegacyPress.Promo.Templates;

/// <summary>
/// The rectangle a layer's box is measured in: the whole canvas (bleed included), the trimmed sheet, or the
/// platform's safe area. Text sizes are fractions of the same rectangle's height.
/// </summary>
public enum FrameReference { Canvas, Trim, Safe }
