using System.Globalization;

namespace LegacyPress.Render.Encoding;

/// <summary>A frame rate as an exact fraction (30/1, 30000/1001), the way ffmpeg and containers store it.</summary>
public readonly record struct FrameRate
{
    public FrameRate(int numerator, int denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        Numerator = numerator;
        Denominator = denominator;
    }

    public int Numerator { get; }

    public int Denominator { get; }

    public double FramesPerSecond => (double)Numerator / Denominator;

    /// <summary>
    /// The exact fraction for a rate written as a decimal: whole rates stay whole and the NTSC family
    /// (23.976, 29.97, 59.94) becomes n×1000/1001, so frame timestamps never drift.
    /// </summary>
    public static FrameRate FromFramesPerSecond(double fps)
    {
        if (!(fps > 0) || double.IsInfinity(fps))
        {
            throw new ArgumentOutOfRangeException(nameof(fps), fps, "a frame rate must be a positive number");
        }
        var whole = Math.Round(fps);
        if (Math.Abs(fps - whole) < 1e-6)
        {
            return new FrameRate((int)whole, 1);
        }
        var ntsc = Math.Round(fps * 1.001);
        if (Math.Abs(fps - ntsc * 1000 / 1001) < 0.005)
        {
            return new FrameRate((int)ntsc * 1000, 1001);
        }
        return new FrameRate((int)Math.Round(fps * 1000), 1000);
    }

    /// <summary>Seconds from the start to the start of frame <paramref name="frames"/>.</summary>
    public double Seconds(int frames) => (double)frames * Denominator / Numerator;

    public override string ToString() => Denominator == 1
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}
