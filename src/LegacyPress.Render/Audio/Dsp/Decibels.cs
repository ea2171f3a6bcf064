namespace LegacyPress.Render.Audio.Dsp;

/// <summary>Conversions between decibels and linear amplitude.</summary>
public static class Decibels
{
    public static double ToGain(double decibels) => Math.Pow(10, decibels / 20);

    public static double FromGain(double gain) => 20 * Math.Log10(Math.Max(gain, 1e-12));
}
