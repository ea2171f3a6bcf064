using System.Globalization;

namespace LegacyPress.Core.Model;

/// <summary>A frame rate as an exact fraction (30/1, 30000/1001), the way ffmpeg and containers store it.</summary>
/// <remarks>
/// Kept in lowest terms, so 60/2 and 30/1 are the same rate. Every frame ↔ seconds conversion of the film goes
/// through here: frame N starts at N × Denominator / Numerator seconds, computed from integers, so a 29.97 film
/// planned here lines up with the 30000/1001 stream ffmpeg writes, to the frame, however long it runs.
/// </remarks>
public readonly record struct FrameRate
{
    public FrameRate(int numerator, int denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        var gcd = GreatestCommonDivisor(numerator, denominator);
        Numerator = numerator / gcd;
        Denominator = denominator / gcd;
    }

    /// <summary>A whole number of frames per second: 24, 25, 30.</summary>
    public FrameRate(int framesPerSecond)
        : this(framesPerSecond, 1)
    {
    }

    public int Numerator { get; }

    public int Denominator { get; }

    /// <summary>The NTSC rate just below a whole one: <c>Ntsc(30)</c> is 30000/1001 (29.97), <c>Ntsc(24)</c> 24000/1001 (23.976).</summary>
    public static FrameRate Ntsc(int nominalFramesPerSecond) => new(checked(nominalFramesPerSecond * 1000), 1001);

    /// <summary>The rate as a decimal, for display and for arithmetic that is continuous anyway (fades, fitting); never for counting frames.</summary>
    public double FramesPerSecond => (double)Numerator / Denominator;

    /// <summary>Seconds from the start to the start of frame <paramref name="frames"/> (or the length of that many frames).</summary>
    public double Seconds(long frames) => (double)(frames * Denominator) / Numerator;

    /// <summary>Whole frames in <paramref name="seconds"/>, to the nearest frame, halves away from zero: the one rounding of the film.</summary>
    public int Frames(double seconds) => (int)Math.Round(seconds * Numerator / Denominator, MidpointRounding.AwayFromZero);

    /// <summary>Whole rates as a number (<c>30</c>), others as a fraction (<c>30000/1001</c>): what film.yaml and ffmpeg both read.</summary>
    public override string ToString() => Denominator == 1
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";

    private static int GreatestCommonDivisor(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }
        return a;
    }
}
