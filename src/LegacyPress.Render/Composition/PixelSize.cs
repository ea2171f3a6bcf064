namespace LegacyPress.Render.Composition;

/// <summary>A width and height in pixels, fractional where geometry needs it (views, scaled sizes).</summary>
public readonly record struct PixelSize(double Width, double Height)
{
    public double Aspect => Width / Height;
}
