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

    /// <summary>
    /// Encoded so separately encoded pieces join by stream copy: closed GOPs and x264's <c>stitchable</c>
    /// (headers that do not depend on the frames), each piece starting on an IDR frame.
    /// </summary>
    public bool Stitchable { get; init; }
}
