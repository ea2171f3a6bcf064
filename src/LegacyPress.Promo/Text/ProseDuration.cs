using System.Globalization;

namespace LegacyPress.Promo.Text;

/// <summary>
/// A length of time as prose says it: "58 s", "1 min 04 s", "12 min 30 s". Rounded to the nearest whole second and
/// never to a minute, so a 64-second film is never "2 minutes". The one formatter the documents and the Liquid
/// templates (<c>runtime_text</c>, the <c>duration</c> filter) share.
/// </summary>
public static class ProseDuration
{
    public static string Format(double seconds)
    {
        var whole = double.IsFinite(seconds) ? (long)Math.Round(Math.Max(0, seconds), MidpointRounding.AwayFromZero) : 0;
        return whole >= 60
            ? string.Create(CultureInfo.InvariantCulture, $"{whole / 60} min {whole % 60:00} s")
            : string.Create(CultureInfo.InvariantCulture, $"{whole} s");
    }
}
