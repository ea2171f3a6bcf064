using System.Globalization;

namespace LegacyPress.Promo.Text;

/// <summary>A YouTube chapter: where it starts (whole seconds, as the description shows it) and its title.</summary>
public sealed record Chapter(int StartSeconds, string Title)
{
    /// <summary>The time stamp YouTube parses in descriptions: <c>0:00</c>, <c>4:05</c>, <c>1:02:03</c>.</summary>
    public string Stamp
    {
        get
        {
            var t = TimeSpan.FromSeconds(StartSeconds);
            return t.TotalHours >= 1
                ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}")
                : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}:{t.Seconds:00}");
        }
    }

    public override string ToString() => $"{Stamp} {Title}";
}
