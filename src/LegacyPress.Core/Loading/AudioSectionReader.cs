using LegacyPress.Core.Model;

namespace LegacyPress.Core.Loading;

/// <summary>Reads the <c>audio</c> section: loudness target, true-peak ceiling, captions mode.</summary>
internal static class AudioSectionReader
{
    private static readonly Dictionary<string, CaptionMode> CaptionModes = new()
    {
        ["file"] = CaptionMode.File,
        ["burn"] = CaptionMode.Burn,
        ["off"] = CaptionMode.Off,
    };

    public static AudioSettings Read(MappingReader? map)
    {
        var d = AudioSettings.Default;
        if (map is null)
        {
            return d;
        }
        var settings = new AudioSettings(
            new LoudnessTarget(
                map.NumberInRange("loudness_lufs", -36, -5) ?? d.Loudness.IntegratedLufs,
                map.NumberInRange("true_peak_dbtp", -9, 0) ?? d.Loudness.TruePeakDbtp),
            map.Choice("captions", CaptionModes, "captions mode") ?? d.Captions);
        map.Finish();
        return settings;
    }
}
