namespace LegacyPress.Render.Look;

/// <summary>
/// A darkening toward the frame's corners, precomputed once per frame size as a fixed-point gain per pixel
/// (4096 = unchanged). Clear in the middle, falling off smoothly past a third of the way out.
/// </summary>
public sealed class Vignette
{
    public const int Unity = 4096;

    private readonly ushort[] gains;

    public Vignette(double amount, int width, int height)
    {
        Width = width;
        gains = new ushort[width * height];
        var strength = Math.Clamp(amount, 0, 1);
        for (var y = 0; y < height; y++)
        {
            var v = (y + 0.5) / height * 2 - 1;
            for (var x = 0; x < width; x++)
            {
                var u = (x + 0.5) / width * 2 - 1;
                // 0 at the centre, 1 in the corners: the falloff follows the frame's shape.
                var r = Math.Sqrt((u * u + v * v) / 2);
                var t = Math.Clamp((r - 0.35) / 0.65, 0, 1);
                var gain = 1 - strength * t * t * (3 - 2 * t);
                gains[y * width + x] = (ushort)Math.Round(gain * Unity);
            }
        }
    }

    public int Width { get; }

    public ReadOnlySpan<ushort> Row(int y) => gains.AsSpan(y * Width, Width);
}
