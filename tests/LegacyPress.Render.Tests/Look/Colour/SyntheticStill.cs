namespace LegacyPress.Render.Tests.Look.Colour;

/// <summary>
/// A 256x256 BGRA stand-in for an AI-generated still at golden hour: a sky gradient, a warm sun with a glow, a red barn,
/// a face, teal water, a deep shadow and a field, with a little seeded sensor noise. Smooth regions of several hues,
/// so colour statistics, palettes and transfers have something real to work on.
/// </summary>
internal static class SyntheticStill
{
    public const int Size = 256;

    private static readonly Lazy<byte[]> Pixels = new(Draw);

    /// <summary>A fresh copy of the still.</summary>
    public static byte[] Base() => (byte[])Pixels.Value.Clone();

    private static byte[] Draw()
    {
        var noise = new Random(1701);
        return BgraPixels.Fill(Size, Size, (x, y) =>
        {
            var (r, g, b) = Scene(x / (Size - 1.0), y / (Size - 1.0));
            // Triangular noise of about ±2 levels, as on a camera or a diffusion model's output.
            double Grain() => 2 * (noise.NextDouble() + noise.NextDouble() - 1);
            return (Byte(r + Grain()), Byte(g + Grain()), Byte(b + Grain()));
        });
    }

    // Colours in 0..255 sRGB levels at normalised position (u across, v down).
    private static (double R, double G, double B) Scene(double u, double v)
    {
        const double horizon = 0.55;
        var colour = v < horizon
            ? Mix((130, 150, 185), (248, 172, 100), Smooth(v / horizon))
            : Mix((150, 108, 50), (72, 58, 30), (v - horizon) / (1 - horizon));
        colour = Mix(colour, (colour.R * 0.9, colour.G * 0.95, colour.B), 0.5 + 0.5 * Math.Sin(6 * u)); // a soft cross-gradient

        // The sun, low over the horizon, with a glow that fades over three of its radii.
        var sun = Distance(u, v, 0.70, 0.50);
        colour = Mix(colour, (255, 238, 205), Math.Clamp(1.3 - sun / 0.06, 0, 1) + Math.Clamp(0.5 - sun / 0.35, 0, 0.5));

        if (u is > 0.12 and < 0.37 && v is > 0.43 and < 0.69)
        {
            var light = 0.75 + 0.45 * (u - 0.12) / 0.25; // the barn's sunlit side is towards the sun
            colour = (150 * light, 45 * light, 35 * light);
        }
        if (v is > 0.78 and < 0.88 && u < 0.55)
        {
            var ripple = 1 + 0.08 * Math.Sin(70 * u + 25 * v);
            colour = (40 * ripple, 110 * ripple, 120 * ripple);
        }
        var face = Math.Sqrt(Math.Pow((u - 0.80) / 0.11, 2) + Math.Pow((v - 0.76) / 0.14, 2));
        if (face < 1)
        {
            var shade = 1.05 - 0.25 * face * face;
            colour = (215 * shade, 160 * shade, 125 * shade);
        }
        if (u + (1 - v) < 0.22)
        {
            colour = (25, 22, 30);
        }
        return colour;
    }

    private static (double R, double G, double B) Mix((double R, double G, double B) x, (double R, double G, double B) y, double t) =>
        (x.R + (y.R - x.R) * t, x.G + (y.G - x.G) * t, x.B + (y.B - x.B) * t);

    private static double Smooth(double t) => t * t * (3 - 2 * t);

    private static double Distance(double u, double v, double cu, double cv) => Math.Sqrt((u - cu) * (u - cu) + (v - cv) * (v - cv));

    private static byte Byte(double level) => (byte)Math.Clamp(Math.Round(level), 0, 255);
}
