namespace LegacyPress.Render.Audio.Dsp;

/// <summary>Equal-power stereo placement, so a sound keeps its loudness as it moves.</summary>
public static class Pan
{
    /// <summary>Channel gains for a position from −1 (hard left) through 0 (centre, −3 dB each) to +1 (hard right).</summary>
    public static (double Left, double Right) EqualPower(double position)
    {
        double angle = (Math.Clamp(position, -1, 1) + 1) * Math.PI / 4;
        return (Math.Cos(angle), Math.Sin(angle));
    }
}
