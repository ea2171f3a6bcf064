namespace LegacyPress.Render.Look.Colour;

/// <summary>Bakes a colour transfer into a 3D LUT grid, so a matched look is applied like any other .cube.</summary>
public static class MatchCube
{
    public const int DefaultSize = 33;

    /// <summary>
    /// The grid of size³ sRGB colours (R, G, B floats 0..1; red fastest, then green, then blue, as in a .cube file):
    /// each grid point's colour taken to Lab, through the transfer at <paramref name="strength"/>, and back, clamped.
    /// </summary>
    public static float[] Bake(IColourTransfer transfer, double strength, int size = DefaultSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, CubeLut.MinimumSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, CubeLut.MaximumSize);
        var blended = new BlendedTransfer(transfer, strength);
        var grid = new float[3 * size * size * size];
        var i = 0;
        for (var b = 0; b < size; b++)
        {
            for (var g = 0; g < size; g++)
            {
                for (var r = 0; r < size; r++)
                {
                    var input = new Srgb(r / (size - 1.0), g / (size - 1.0), b / (size - 1.0));
                    var output = Cielab.ToSrgb(blended.Map(Cielab.FromSrgb(input)));
                    grid[i++] = Channel(output.R, input.R);
                    grid[i++] = Channel(output.G, input.G);
                    grid[i++] = Channel(output.B, input.B);
                }
            }
        }
        return grid;
    }

    // A transfer that breaks down (NaN) leaves that grid point ungraded rather than poisoning the LUT; ±∞ clamps.
    private static float Channel(double mapped, double input) =>
        (float)Math.Clamp(double.IsNaN(mapped) ? input : mapped, 0, 1);
}
