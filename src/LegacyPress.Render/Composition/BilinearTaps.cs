namespace LegacyPress.Render.Composition;

/// <summary>
/// Where one axis of a scale+translate resample reads the source, worked out in the fixed point Skia's legacy
/// bitmap sampler uses (the one it draws a clamped bilinear image shader with into 8888): for every target pixel
/// the two neighbouring source pixels, clamped to the edge, and the weight of the second in sixteenths.
/// </summary>
internal static class BilinearTaps
{
    /// <summary>The weight's resolution: Skia keeps the top 4 bits of the fraction.</summary>
    public const int WeightUnit = 16;

    /// <summary>Skia maps a row in pieces of this many pixels (its buffer), each started afresh from the float mapping.</summary>
    private const int SkiaSpanPixels = 127;

    private const int FixedOne = 1 << 16;

    /// <summary>
    /// Taps for the columns 0..first.Length-1, source x = (x + 0.5) * <paramref name="inverseScale"/> + <paramref name="inverseOffset"/> - 0.5:
    /// each piece's first position from float, the rest stepped in 32.32 fixed point, as Skia does. The second tap is
    /// always first + 1: where the edge clamps both taps to one pixel the weight is 0 instead, which weighs the same.
    /// </summary>
    public static void Columns(float inverseScale, float inverseOffset, int sourceLength, Span<int> first, Span<int> weight)
    {
        const float fractionalOne = 4294967296f;
        var step = (long)(inverseScale * fractionalOne);
        for (var start = 0; start < first.Length; start += SkiaSpanPixels)
        {
            var position = (long)(((start + 0.5f) * inverseScale + inverseOffset) * fractionalOne) - (1L << 31);
            var end = Math.Min(start + SkiaSpanPixels, first.Length);
            for (var i = start; i < end; i++, position += step)
            {
                var second = 0;
                Set((int)(position >> 16), sourceLength, ref first[i], ref second, ref weight[i]);
                if (second == first[i])
                {
                    weight[i] = 0;
                }
            }
        }
    }

    /// <summary>Taps for the rows 0..first.Length-1, each from float in 16.16 fixed point, as Skia maps each row.</summary>
    public static void Rows(float inverseScale, float inverseOffset, int sourceLength, Span<int> first, Span<int> second, Span<int> weight)
    {
        for (var i = 0; i < first.Length; i++)
        {
            Set((int)(((i + 0.5f) * inverseScale + inverseOffset) * FixedOne) - FixedOne / 2, sourceLength, ref first[i], ref second[i], ref weight[i]);
        }
    }

    /// <summary>A 16.16 position's taps, as Skia packs them: the pixels either side, clamped, and the top 4 bits of the fraction.</summary>
    private static void Set(int position, int sourceLength, ref int first, ref int second, ref int weight)
    {
        first = Math.Clamp(position >> 16, 0, sourceLength - 1);
        second = Math.Clamp((position + FixedOne) >> 16, 0, sourceLength - 1);
        weight = (position >> 12) & (WeightUnit - 1);
    }
}
