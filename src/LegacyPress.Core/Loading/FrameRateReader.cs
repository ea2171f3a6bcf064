using System.Globalization;
using System.Text.RegularExpressions;
using LegacyPress.Core.Model;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>
/// Reads <c>output.fps</c> into an exact <see cref="FrameRate"/>: a whole number (<c>24</c>), an NTSC decimal
/// (<c>29.97</c>, <c>23.976</c>, <c>59.94</c>: n×1000/1001), a decimal that is a simple fraction (<c>12.5</c> = 25/2),
/// or a fraction written out, plain or quoted (<c>30000/1001</c>).
/// </summary>
/// <remarks>
/// A decimal like 29.976 is refused rather than taken as 3747/125: it is far likelier a mistyped NTSC rate, and a
/// film at a rate nobody meant only shows itself when it drifts against another edit. A fraction says it exactly.
/// </remarks>
internal static partial class FrameRateReader
{
    public const int MinimumFramesPerSecond = 1;
    public const int MaximumFramesPerSecond = 240;

    /// <summary>The largest denominator a decimal may reduce to and still be taken as written (12.5 → 25/2, 7.25 → 29/4).</summary>
    private const int SimpleDenominatorLimit = 100;

    public static FrameRate? Read(MappingReader map, string key)
    {
        var node = map.Raw(key);
        if (node is null)
        {
            return null;
        }
        var (rate, problem) = node is YamlScalarNode { Value: { } text } scalar
            ? Parse(text, quoted: scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
            : (null, $"must be a number (24, 29.97) or a fraction (30000/1001), got {MappingReader.Describe(node)}");
        if (problem is not null)
        {
            map.Error(key, $"'{key}' {problem}");
        }
        return rate;
    }

    /// <summary>The rate a film.yaml value spells, or what is wrong with it (the message after the key's name).</summary>
    public static (FrameRate? Rate, string? Problem) Parse(string text, bool quoted)
    {
        if (Fraction().Match(text) is { Success: true } fraction)
        {
            return FromFraction(text, fraction.Groups["n"].Value, fraction.Groups["d"].Value);
        }
        if (text.Contains('/', StringComparison.Ordinal))
        {
            return (null, $"must be a fraction of two whole numbers like 30000/1001, got '{text}'");
        }
        if (quoted)
        {
            return (null, $"must be a number (24, 29.97) or a fraction (30000/1001), got '{text}' in quotes, which is text");
        }
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return FromDecimal(value);
        }
        // Finite but beyond decimal's range (1e30): a number all the same, just an absurd one.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var huge) && double.IsFinite(huge))
        {
            return (null, OutOfRange(text));
        }
        return (null, $"must be a number (24, 29.97) or a fraction (30000/1001), got '{text}'");
    }

    private static (FrameRate?, string?) FromFraction(string text, string numerator, string denominator)
    {
        if (!int.TryParse(numerator, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ||
            !int.TryParse(denominator, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return (null, $"'{text}' has a part larger than {int.MaxValue.ToString(CultureInfo.InvariantCulture)}");
        }
        if (d == 0)
        {
            return (null, $"'{text}' divides by zero");
        }
        if ((long)n < (long)MinimumFramesPerSecond * d || (long)n > (long)MaximumFramesPerSecond * d)
        {
            return (null, OutOfRange($"{text} ({MappingReader.Format((double)n / d)})"));
        }
        return (new FrameRate(n, d), null);
    }

    private static (FrameRate?, string?) FromDecimal(decimal value)
    {
        if (value < MinimumFramesPerSecond || value > MaximumFramesPerSecond)
        {
            return (null, OutOfRange(value.ToString(CultureInfo.InvariantCulture)));
        }
        if (value == decimal.Truncate(value))
        {
            return (new FrameRate((int)value), null);
        }
        // NTSC rates are written n÷1.001 rounded to two or three places: 23.976 or 23.98, 29.97, 59.94.
        var nominal = (int)Math.Round(value * 1.001m, MidpointRounding.AwayFromZero);
        var ntsc = nominal * 1000m / 1001m;
        if (Math.Round(ntsc, 2, MidpointRounding.AwayFromZero) == value || Math.Round(ntsc, 3, MidpointRounding.AwayFromZero) == value)
        {
            return (FrameRate.Ntsc(nominal), null);
        }
        for (var d = 2; d <= SimpleDenominatorLimit; d++)
        {
            var n = value * d;
            if (n == decimal.Truncate(n))
            {
                return (new FrameRate((int)n, d), null);
            }
        }
        var hint = Math.Abs(value - ntsc) < 0.01m ? $" (did you mean {FrameRate.Ntsc(nominal)}?)" : "";
        return (null, $"{value.ToString(CultureInfo.InvariantCulture)} is not a whole, NTSC (23.976, 29.97, 59.94) or simple (12.5) rate; write the rate you mean as a fraction N/D{hint}");
    }

    private static string OutOfRange(string got) =>
        $"must be between {MinimumFramesPerSecond} and {MaximumFramesPerSecond} frames per second, got {got}";

    [GeneratedRegex(@"^\s*(?<n>[0-9]+)\s*/\s*(?<d>[0-9]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Fraction();
}
