namespace LegacyPress.Render.Encoding;

/// <summary>How hard x264 works and how much quality it keeps: a speed preset and a constant rate factor (0 lossless … 51 worst).</summary>
public sealed record X264Settings
{
    public X264Settings(X264Preset preset, int constantRateFactor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(constantRateFactor);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(constantRateFactor, 51);
        Preset = preset;
        ConstantRateFactor = constantRateFactor;
    }

    public X264Preset Preset { get; init; }

    public int ConstantRateFactor { get; init; }
}
