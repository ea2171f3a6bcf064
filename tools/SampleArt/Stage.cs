using SkiaSharp;

namespace LegacyPress.SampleArt;

/// <summary>Turns the normalised coordinates a scene is composed in into pixels of one still.</summary>
public readonly record struct Stage(SKSizeI Size)
{
    public float W => Size.Width;

    public float H => Size.Height;

    /// <summary>The shorter side; lengths scale with it so props keep their size across aspect ratios.</summary>
    public float Short => Math.Min(W, H);

    public SKRect Bounds => new(0, 0, W, H);

    public float X(float nx) => nx * W;

    public float Y(float ny) => ny * H;

    public SKPoint P(float nx, float ny) => new(nx * W, ny * H);

    public float Len(float fractionOfShort) => fractionOfShort * Short;

    public SKRect Rect(float left, float top, float right, float bottom) => new(left * W, top * H, right * W, bottom * H);
}
