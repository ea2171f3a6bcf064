using System.Text.Json;
using LegacyPress.Core.Model;
using LegacyPress.Promo.Documents;

namespace LegacyPress.Promo.PressKit;

/// <summary>
/// The loudness the film's mix measured, read from the measurement the soundtrack cache keeps beside the mix
/// (<c>.legacypress/cache/mix/film-*.json</c>, written by render/mix); the film's target when the film was never mixed.
/// </summary>
public static class MixLoudness
{
    private sealed record Figures(double IntegratedLufs, double TruePeakDbtp);

    private sealed record Measurements(Figures? After);

    public static LoudnessFigures Read(Film film)
    {
        var folder = Path.Combine(film.Project.CacheDirectory, "mix");
        var latest = Directory.Exists(folder)
            ? new DirectoryInfo(folder).EnumerateFiles("film-*.json").OrderByDescending(f => f.LastWriteTimeUtc).FirstOrDefault()
            : null;
        if (latest is not null)
        {
            try
            {
                if (JsonSerializer.Deserialize<Measurements>(File.ReadAllText(latest.FullName))?.After is { } after)
                {
                    return new LoudnessFigures(after.IntegratedLufs, after.TruePeakDbtp, Measured: true);
                }
            }
            catch (JsonException)
            {
                // A damaged cache entry is not worth failing a press kit for: fall back to the target.
            }
        }
        return LoudnessFigures.Target(film.Audio.Loudness);
    }
}
