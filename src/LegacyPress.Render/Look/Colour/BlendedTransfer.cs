namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// A transfer applied at a strength, blending in Lab: in + strength·(mapped − in), so 0 changes nothing, 1 is the
/// full transfer and 0.5 lands halfway.
/// </summary>
public sealed class BlendedTransfer : IColourTransfer
{
    private readonly IColourTransfer transfer;

    public BlendedTransfer(IColourTransfer transfer, double strength)
    {
        if (!(strength is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(strength), strength, "strength must be from 0 to 1");
        }
        this.transfer = transfer;
        Strength = strength;
    }

    public double Strength { get; }

    public Lab Map(Lab source)
    {
        var mapped = transfer.Map(source);
        return new Lab(
            source.L + Strength * (mapped.L - source.L),
            source.A + Strength * (mapped.A - source.A),
            source.B + Strength * (mapped.B - source.B));
    }
}
