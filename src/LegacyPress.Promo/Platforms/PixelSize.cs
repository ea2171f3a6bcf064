namespace LegacyPress.Promo.Platforms;

/// <summary>A canvas size in whole pixels.</summary>
public readonly record struct PixelSize(int Width, int Height)
{
    public double AspectRatio => (double)Width / Height;

    public override string ToString() => $"{Width}x{Height}";
}
